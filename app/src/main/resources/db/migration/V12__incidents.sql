-- Incidents, contamination samples and damage claims. Vehicles, pads, launches and organisations are other modules'
-- records, held here as plain ids.
create schema if not exists incidents;

create table incidents.incident (
    id                text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,80}$'),
    title             text        not null check (length(title) between 1 and 300),
    kind              text        not null check (kind in ('LAUNCH_FAILURE', 'PROPELLANT_SPILL',
        'DEBRIS_OUTSIDE_ZONE', 'FIRE', 'OTHER')),
    occurred_at       timestamptz not null,
    time_note         text,
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    place             text,
    vehicle           text,
    vehicle_family    text,
    pad               text,
    launch            text,
    affected_area_km2 numeric(14, 2) check (affected_area_km2 >= 0),
    narrative         text,
    confidence        text,
    sources           text[]      not null default '{}',
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    check ((latitude is null) = (longitude is null))
);
create index incident_by_time on incidents.incident (occurred_at desc, id);

-- Propellant per substance: what was aboard and what was released (burned, spilled, soaked into the ground), in kg;
-- either may be unknown.
create table incidents.propellant (
    incident_id text    not null references incidents.incident (id) on delete cascade,
    position    integer not null,
    substance   text    not null check (length(substance) between 1 and 100),
    aboard_kg   numeric(14, 1) check (aboard_kg >= 0),
    released_kg numeric(14, 1) check (released_kg >= 0),
    note        text,
    primary key (incident_id, position),
    unique (incident_id, substance)
);

-- A measured concentration against its limit, in one unit; or, where the sources give only the ratio, the reported
-- exceedance factor alone.
create table incidents.sample (
    id                  bigint generated always as identity primary key,
    incident_id         text        not null references incidents.incident (id) on delete cascade,
    latitude            double precision check (latitude between -90 and 90),
    longitude           double precision check (longitude between -180 and 180),
    place               text,
    sampled_on          date,
    date_note           text,
    medium              text,
    substance           text        not null check (length(substance) between 1 and 100),
    measured            numeric(20, 6) check (measured >= 0),
    limit_value         numeric(20, 6) check (limit_value > 0),
    unit                text,
    reported_exceedance numeric(12, 3) check (reported_exceedance >= 0),
    note                text,
    sources             text[]      not null default '{}',
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    check ((measured is null) = (limit_value is null)),
    check ((measured is null) = (unit is null)),
    check (measured is not null or reported_exceedance is not null),
    check ((latitude is null) = (longitude is null))
);
create index sample_by_incident on incidents.sample (incident_id, id);

create table incidents.claim (
    id               text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,80}$'),
    incident_id      text        not null references incidents.incident (id),
    title            text        not null check (length(title) between 1 and 300),
    claimant         text        not null,
    respondent       text        not null,
    currency         char(3)     not null,
    filed_on         date,
    date_note        text,
    notes            text,
    confidence       text,
    sources          text[]      not null default '{}',
    countered_on     date,
    counter_note     text,
    settled_amount   numeric(17, 2) check (settled_amount >= 0),
    settled_currency char(3),
    settled_rate     numeric(20, 8) check (settled_rate > 0),
    settled_on       date,
    settlement_note  text,
    version          integer     not null default 0,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    check (claimant <> respondent),
    check ((settled_amount is null) = (settled_currency is null)),
    check ((settled_amount is null) = (settled_rate is null))
);
create index claim_by_incident on incidents.claim (incident_id);
create index claim_by_claimant on incidents.claim (claimant);
create index claim_by_respondent on incidents.claim (respondent);

-- The items of the claimant's assessment (side CLAIMANT) and of the respondent's counter-assessment (RESPONDENT).
create table incidents.claim_item (
    claim_id    text    not null references incidents.claim (id) on delete cascade,
    side        text    not null check (side in ('CLAIMANT', 'RESPONDENT')),
    position    integer not null,
    kind        text    not null check (kind in ('HEALTH_MONITORING', 'LAND_OUT_OF_USE', 'RESIDENT_COMPENSATION',
        'CLEANUP', 'OTHER')),
    description text,
    amount      numeric(17, 2) not null check (amount >= 0),
    currency    char(3) not null,
    primary key (claim_id, side, position)
);

create table incidents.negotiation_step (
    claim_id        text        not null references incidents.claim (id) on delete cascade,
    position        integer     not null,
    happened_on     date,
    date_note       text,
    by_organization text        not null,
    what            text        not null check (length(what) between 1 and 4000),
    sources         text[]      not null default '{}',
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    primary key (claim_id, position)
);

-- A payment in its own currency with the rate of its day to the claim's currency (1 when they are the same).
create table incidents.payment (
    claim_id    text        not null references incidents.claim (id) on delete cascade,
    position    integer     not null,
    paid_on     date,
    date_note   text,
    payer       text        not null,
    amount      numeric(17, 2) not null check (amount > 0),
    currency    char(3)     not null,
    rate        numeric(20, 8) not null check (rate > 0),
    note        text,
    sources     text[]      not null default '{}',
    recorded_by text        not null,
    recorded_at timestamptz not null,
    primary key (claim_id, position)
);
