create schema if not exists manifest;

-- A launch request of a tenant organisation and, once placed, its launch. Vehicles, pads and organisations are ids
-- of their modules.
create table manifest.launch (
    id                text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    organization_id   text             not null,
    mission           text             not null,
    payload           text             not null,
    payload_mass_kg   double precision not null check (payload_mass_kg > 0),
    vehicle_id        text             not null,
    named_orbit       text check (named_orbit in ('ISS', 'GLONASS', 'SSO', 'GTO')),
    inclination_deg   double precision not null check (inclination_deg between 0 and 180),
    altitude_km       double precision check (altitude_km > 0),
    earliest          date             not null,
    latest            date             not null,
    desired           date             not null,
    priority_class    text             not null check (priority_class in ('CREWED_ISS', 'NATIONAL', 'COMMERCIAL')),
    fixed_pad_id      text,
    status            text             not null,
    status_reason     text             not null,
    scheduled_pad_id  text,
    scheduled_date    date,
    net               timestamptz,
    net_precision     text,
    explanation       text[]           not null default '{}',
    requested_at      timestamptz      not null,
    version           integer          not null default 0,
    check (earliest <= desired and desired <= latest),
    check ((net is null) = (net_precision is null))
);
create index launch_by_organization on manifest.launch (organization_id);
create index launch_by_status on manifest.launch (status);

-- Append-only: every status change of a launch with its coded reason.
create table manifest.launch_status_change (
    id          bigserial primary key,
    launch_id   text        not null references manifest.launch (id),
    from_status text,
    to_status   text        not null,
    reason      text        not null,
    note        text,
    recorded_at timestamptz not null,
    recorded_by text        not null
);
create index launch_status_change_by_launch on manifest.launch_status_change (launch_id, id);

-- Append-only: every change of a launch's NET, classed as slip, pull-in, firmed or loosened.
create table manifest.net_change (
    id              bigserial primary key,
    launch_id       text        not null references manifest.launch (id),
    from_net        timestamptz,
    from_precision  text,
    to_net          timestamptz not null,
    to_precision    text        not null,
    kind            text        not null check (kind in ('FIRST', 'SLIP', 'PULL_IN', 'FIRMED', 'LOOSENED')),
    reason          text        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null
);
create index net_change_by_launch on manifest.net_change (launch_id, id);

-- The site's rules for the solver, loaded from scheduling.json of the data set.
create table manifest.site_rule (
    id                     text primary key,
    range_separation_days  integer not null check (range_separation_days >= 0),
    sources                text[]  not null default '{}'
);

create table manifest.vehicle_rule (
    vehicle_id       text primary key,
    turnaround_days  integer not null check (turnaround_days >= 0),
    notes            text,
    sources          text[]  not null default '{}'
);

create table manifest.drop_zone (
    id                     text primary key,
    name                   text    not null,
    country                text,
    max_launches_per_year  integer check (max_launches_per_year >= 0),
    notes                  text,
    confidence             text,
    sources                text[]  not null default '{}'
);

create table manifest.drop_zone_closure (
    id            bigserial primary key,
    drop_zone_id  text not null references manifest.drop_zone (id) on delete cascade,
    start_date    date not null,
    end_date      date not null,
    reason        text,
    check (start_date <= end_date)
);

create table manifest.corridor (
    inclination_deg  double precision primary key,
    name             text    not null,
    drop_zone_ids    text[]  not null,
    sources          text[]  not null default '{}'
);

create table manifest.hazard_cap (
    hazard_class  text primary key,
    max_per_year  integer not null check (max_per_year >= 0),
    assumption    text,
    sources       text[]  not null default '{}'
);

-- Host-state suspensions of a vehicle family; both ends inclusive.
create table manifest.suspension (
    id           text primary key,
    family       text        not null,
    start_date   date        not null,
    end_date     date        not null,
    reason       text        not null,
    imposed_by   text,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    check (start_date <= end_date)
);

-- Plans the solver produced; the latest is the current one.
create table manifest.plan (
    id           text primary key,
    created_at   timestamptz not null,
    score        text        not null,
    feasible     boolean     not null,
    solver       text,
    seed         bigint,
    millis       bigint,
    requested_by text        not null
);

create table manifest.plan_entry (
    plan_id      text    not null references manifest.plan (id) on delete cascade,
    launch_id    text    not null,
    pad_id       text,
    launch_date  date,
    moved        boolean not null default false,
    from_pad_id  text,
    from_date    date,
    explanation  text[]  not null default '{}',
    primary key (plan_id, launch_id)
);
