create schema if not exists vehicles;

create table vehicles.vehicle (
    id                   text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name                 text        not null unique check (length(name) between 1 and 120),
    family               text,
    country              char(2),
    status               text        not null check (status in ('ACTIVE', 'IN_DEVELOPMENT', 'RETIRED')),
    manufacturer         text,
    liftoff_mass_tonnes  numeric(9, 3) check (liftoff_mass_tonnes > 0),
    leo_payload_tonnes   numeric(9, 3) check (leo_payload_tonnes > 0),
    gto_payload_tonnes   numeric(9, 3) check (gto_payload_tonnes > 0),
    jettisoned_over_land text,
    notes                text,
    confidence           text,
    sources              text[]      not null default '{}',
    version              integer     not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

-- Stages in flight order; alternatives (Breeze-M or Blok DM-03 on Proton-M) share a position and are optional.
create table vehicles.stage (
    vehicle_id       text     not null references vehicles.vehicle (id) on delete cascade,
    ordinal          smallint not null check (ordinal >= 0),
    position         smallint not null check (position between 1 and 9),
    name             text     not null,
    engine           text,
    fuel             text     not null,
    oxidiser         text,
    propellant_class text     not null check (propellant_class in
        ('TOXIC_HYPERGOLIC', 'KEROSENE_LOX', 'METHANE_LOX', 'HYDROGEN_LOX', 'HYBRID', 'SOLID')),
    optional         boolean  not null default false,
    primary key (vehicle_id, ordinal)
);
