create schema if not exists sites;

-- The spaceport itself: one row per cosmodrome this installation runs (Baikonur by default).
create table sites.cosmodrome (
    id                  text primary key,
    name_en             text             not null,
    name_ru             text,
    name_kk             text,
    reference_latitude  double precision not null check (reference_latitude between -90 and 90),
    reference_longitude double precision not null check (reference_longitude between -180 and 180),
    elevation_metres    double precision,
    time_zone           text             not null,
    lease_area          text,
    infrastructure      text,
    total_launches      text,
    town                text,
    sources             text[]           not null default '{}'
);

-- Launches per calendar year from the site's record (null where no count could be verified).
create table sites.annual_launch_count (
    year       integer primary key check (year between 1957 and 2200),
    launches   integer check (launches >= 0),
    basis      text,
    confidence text,
    source     text
);

create table sites.pad (
    id                    text primary key check (id ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,30}$'),
    designation           text             not null unique,
    site                  text             not null,
    name                  text             not null,
    popular_name          text,
    latitude              double precision not null check (latitude between -90 and 90),
    longitude             double precision not null check (longitude between -180 and 180),
    coordinate_precision  text,
    status                text             not null check (status in ('ACTIVE', 'IDLE', 'UNDER_CONVERSION',
        'UNDER_REPAIR', 'MOTHBALLED', 'DECOMMISSIONED', 'DESTROYED', 'MUSEUM')),
    status_since          date             not null,
    operator_id           text,
    first_launch_date     text check (first_launch_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    first_launch_note     text,
    last_launch_date      text check (last_launch_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    last_launch_note      text,
    launch_count          integer check (launch_count >= 0),
    launch_count_note     text,
    notes                 text,
    confidence            text,
    sources               text[]           not null default '{}',
    version               integer          not null default 0,
    created_at            timestamptz      not null default now(),
    updated_at            timestamptz      not null default now()
);
create index pad_by_site on sites.pad (site);

-- Which vehicles a pad supports or supported (vehicle ids of the vehicles module).
create table sites.pad_vehicle (
    pad_id     text not null references sites.pad (id) on delete cascade,
    vehicle_id text not null,
    primary key (pad_id, vehicle_id)
);
create index pad_vehicle_by_vehicle on sites.pad_vehicle (vehicle_id);

-- The dated, append-only history of a pad's status; the last row by effective date is the current status.
create table sites.pad_status_change (
    id           bigserial primary key,
    pad_id       text        not null references sites.pad (id) on delete cascade,
    from_status  text,
    to_status    text        not null,
    effective_on date        not null,
    reason       text,
    recorded_at  timestamptz not null default now(),
    recorded_by  text
);
create index pad_status_change_by_pad on sites.pad_status_change (pad_id, effective_on, id);
