-- Finance: exchange rates, the chart of accounts and the double-entry journal.
create schema finance;

-- Official exchange rates: tenge (KZT) per one unit of the currency on a day. A rate is never changed once posted
-- amounts used it: each conversion stores its own rate and day.
create table finance.exchange_rate (
    currency    text           not null check (currency in ('USD', 'EUR', 'RUB')),
    on_date     date           not null,
    kzt         numeric(16, 6) not null check (kzt > 0),
    source      text           not null,
    recorded_at timestamptz    not null,
    recorded_by text           not null,
    primary key (currency, on_date)
);

-- An account of the journal, in one currency: a party's receivable or payable under an agreement, a revenue or
-- expense line, cash, goods and services received in kind, pledges and commitments.
create table finance.account (
    id          text primary key,
    kind        text not null check (kind in ('RECEIVABLE', 'PAYABLE', 'REVENUE', 'EXPENSE', 'CASH', 'IN_KIND',
                                              'DEPOSIT', 'WRITE_OFF', 'PLEDGE', 'COMMITMENT', 'BUDGET',
                                              'INTEREST')),
    party       text,
    agreement   text,
    currency    text not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    name        text not null,
    recorded_at timestamptz not null
);
create index account_party on finance.account (party, agreement);

-- A journal transaction: a charge, invoice, payment, in-kind settlement, write-off, interest or correction. Its
-- postings balance per currency (checked at commit). Nothing here is ever updated or deleted: a correction is a new
-- transaction that reverses the one it corrects. source_module and source_ref identify the record of another module
-- that caused it, once.
create table finance.transaction (
    id            text primary key,
    kind          text        not null check (kind in ('CHARGE', 'PAYMENT', 'IN_KIND', 'WRITE_OFF', 'INTEREST',
                                                       'CORRECTION', 'PLEDGE', 'COMMITMENT', 'OPENING')),
    entry_date    date        not null,
    due_date      date,
    description   text        not null,
    document_ref  text,
    agreement     text,
    corrects      text references finance.transaction (id),
    source_module text,
    source_ref    text,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    unique (source_module, source_ref)
);
create unique index transaction_corrected_once on finance.transaction (corrects) where corrects is not null;

-- A posting of a transaction to an account, in minor units (cents, tiyn, kopecks) of the account's currency:
-- positive is a debit, negative a credit. rate/rate_date/converted_from record a conversion when the amount was
-- converted from another currency.
create table finance.posting (
    transaction_id text    not null references finance.transaction (id),
    line           integer not null check (line >= 1),
    account_id     text    not null references finance.account (id),
    amount_minor   bigint  not null check (amount_minor <> 0),
    currency       text    not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    primary key (transaction_id, line)
);
create index posting_account on finance.posting (account_id);

-- Every transaction balances in each currency, checked when its transaction commits.
create function finance.check_balanced() returns trigger language plpgsql as $$
declare
    unbalanced text;
begin
    select currency into unbalanced from finance.posting where transaction_id = new.transaction_id
    group by currency having sum(amount_minor) <> 0 limit 1;
    if unbalanced is not null then
        raise exception 'transaction % does not balance in %', new.transaction_id, unbalanced
            using errcode = '23514';
    end if;
    return null;
end $$;
create constraint trigger posting_balanced after insert on finance.posting deferrable initially deferred
    for each row execute function finance.check_balanced();

-- The journal is append-only.
create function finance.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is append-only: % on % refused', tg_op, tg_table_name using errcode = '42501';
end $$;
create trigger posting_append_only before update or delete on finance.posting
    for each row execute function finance.refuse_change();
create trigger transaction_append_only before update or delete on finance.transaction
    for each row execute function finance.refuse_change();

-- Journal transactions are numbered in the order they are posted.
create sequence finance.transaction_number;
