-- Finance: capital programmes (the Baiterek space rocket complex): budget lines by party, reference totals as the
-- sources give them, pledges and commitments, milestones with planned and actual dates, and payments against lines.

create table finance.programme (
    id          text primary key,
    name        text        not null,
    description text        not null,
    currency    text        not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    plan_from   date        not null,
    plan_to     date        not null check (plan_to >= plan_from),
    plan_basis  text        not null,
    recorded_at timestamptz not null
);

-- A total of the whole programme as one source states it (sources disagree; each is kept with its own).
create table finance.programme_total (
    programme_id text           not null references finance.programme (id),
    id           text           not null,
    amount       numeric(18, 2) not null check (amount > 0),
    currency     text           not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    as_of        text           not null,
    source       text           not null,
    primary key (programme_id, id)
);

-- A budget line: what one party funds, in the programme's currency.
create table finance.programme_line (
    programme_id text           not null references finance.programme (id),
    id           text           not null,
    party        text           not null,
    scope        text           not null,
    amount       numeric(18, 2) not null check (amount > 0),
    basis        text           not null,
    position     integer        not null,
    primary key (programme_id, id)
);

-- Money pledged (promised, no contract) or committed (by contract) to the programme.
create table finance.programme_pledge (
    programme_id text           not null references finance.programme (id),
    id           text           not null,
    kind         text           not null check (kind in ('PLEDGE', 'COMMITMENT')),
    party_name   text           not null,
    organization text,
    amount       numeric(18, 2) not null check (amount > 0),
    currency     text           not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    line_id      text,
    source       text           not null,
    primary key (programme_id, id)
);

-- A milestone: its planned day (null when no source gives one) and actual day (null until it happens).
create table finance.programme_milestone (
    programme_id text not null references finance.programme (id),
    id           text not null,
    name         text not null,
    planned_on   date,
    actual_on    date,
    note         text,
    source       text not null,
    position     integer not null,
    primary key (programme_id, id)
);

-- A payment against a budget line, with the document behind it.
create table finance.programme_payment (
    programme_id text           not null references finance.programme (id),
    id           text           not null,
    line_id      text           not null,
    paid_on      date           not null,
    amount       numeric(18, 2) not null check (amount > 0),
    document_ref text           not null,
    recorded_at  timestamptz    not null,
    recorded_by  text           not null,
    primary key (programme_id, id),
    foreign key (programme_id, line_id) references finance.programme_line (programme_id, id)
);
