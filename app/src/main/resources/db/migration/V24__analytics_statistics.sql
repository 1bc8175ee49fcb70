-- Launch statistics: read models built from the manifest's and incidents' events (and caught up from their query
-- APIs at start). Each row is keyed by its source record, so hearing an event again changes nothing.
create schema if not exists analytics;

-- A launch that flew (SUCCESS, PARTIAL_FAILURE or FAILURE), with what the statistics group it by.
create table analytics.flown_launch (
    launch_id       text primary key,
    organization_id text not null,
    vehicle_id      text not null,
    vehicle_family  text not null,
    pad_id          text,
    flown_on        date not null,
    outcome         text not null check (outcome in ('SUCCESS', 'PARTIAL_FAILURE', 'FAILURE')),
    orbit           text not null
);

create index flown_launch_year on analytics.flown_launch (flown_on);

-- A NET slip (a change of kind SLIP) of a launch, by its coded cause. public_launch: whether the launch was on the
-- public manifest when it slipped; slips of private launches are shown only to those who may read them.
create table analytics.net_slip (
    launch_id       text not null,
    recorded_at     timestamptz not null,
    to_net          timestamptz not null,
    organization_id text not null,
    cause           text not null,
    slip_days       integer not null check (slip_days >= 0),
    public_launch   boolean not null,
    primary key (launch_id, recorded_at, to_net)
);

-- An incident, by kind and the day it happened at the cosmodrome.
create table analytics.incident (
    incident_id text primary key,
    kind        text not null,
    occurred_on date not null
);
