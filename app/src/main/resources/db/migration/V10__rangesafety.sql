create schema if not exists rangesafety;

-- An area where spent stages or fairings of the cosmodrome's launches fall, agreed with the state it lies in.
-- polygon is one closed ring of [longitude, latitude] pairs in degrees (WGS 84, the GeoJSON order), its last point
-- equal to its first. approximate says the ring was drawn from a reference locality and sizes rather than taken from
-- a published outline; geometry_basis says how. outline holds the drawing's parameters (semi-axes in km, bearing of
-- the long axis in degrees from north) when the ring was drawn as an ellipse. area_km2 is an area a source states,
-- never the drawn ring's.
create table rangesafety.drop_zone (
    id                   text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_en              text             not null,
    name_ru              text,
    name_kk              text,
    country              text             not null check (country ~ '^[A-Z]{2}$'),
    region               text,
    stage_kinds          text[]           not null default '{}',
    polygon              jsonb            not null
        check (jsonb_typeof(polygon) = 'array' and jsonb_array_length(polygon) >= 4
            and polygon -> 0 = polygon -> -1),
    outline              jsonb,
    approximate          boolean          not null,
    geometry_basis       text             not null,
    reference_name_en    text             not null,
    reference_name_ru    text,
    reference_name_kk    text,
    reference_latitude   double precision not null check (reference_latitude between -90 and 90),
    reference_longitude  double precision not null check (reference_longitude between -180 and 180),
    reference_note       text,
    area_km2             double precision check (area_km2 > 0),
    notes                text,
    confidence           text,
    sources              text[]           not null default '{}',
    created_at           timestamptz      not null default now()
);

-- The ground track a vehicle flies to one inclination, and where each of its stages comes down. vehicle_id and
-- pad_id are ids of the vehicles and sites modules; pad_id is the pad the console draws the ground line from.
create table rangesafety.corridor (
    id               text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    vehicle_id       text             not null,
    inclination_deg  double precision not null check (inclination_deg > 0 and inclination_deg < 180),
    name_en          text             not null,
    name_ru          text,
    name_kk          text,
    pad_id           text             not null,
    notes            text,
    confidence       text,
    sources          text[]           not null default '{}',
    created_at       timestamptz      not null default now(),
    unique (vehicle_id, inclination_deg)
);

-- Which stage of a corridor's vehicle falls in which drop zone, in the order the stages separate. A null drop zone
-- is a stage that falls in the ocean, reaches orbit, or whose zone no source names; note says which.
create table rangesafety.corridor_stage (
    corridor_id   text    not null references rangesafety.corridor (id) on delete cascade,
    position      integer not null check (position >= 1),
    stage         text    not null check (stage ~ '^[a-z0-9][a-z0-9-]{0,30}$'),
    drop_zone_id  text references rangesafety.drop_zone (id),
    note          text,
    primary key (corridor_id, position),
    unique (corridor_id, stage),
    check (drop_zone_id is not null or note is not null)
);
create index corridor_stage_by_drop_zone on rangesafety.corridor_stage (drop_zone_id);

-- A range-safety analysis of one launch (or of a vehicle, pad and inclination without a launch): reserved for the
-- impact-dispersion analyses of the next phase, created now so the schema is settled. thresholds holds the
-- acceptance limits ({"minContainment": ..., "maxEc": ...}); inputs what the analysis was run on; result its
-- findings. progress is 0 to 100, as for re-plans; a DONE analysis has a verdict, a FAILED one says why.
create table rangesafety.analysis (
    id               uuid primary key,
    launch_id        text,
    vehicle          text             not null,
    pad              text             not null,
    inclination_deg  double precision not null check (inclination_deg > 0 and inclination_deg < 180),
    samples          integer          not null check (samples > 0),
    seed             bigint           not null,
    model_version    text             not null,
    thresholds       jsonb            not null,
    inputs           jsonb            not null,
    status           text             not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress         real             not null default 0 check (progress between 0 and 100),
    verdict          text check (verdict in ('GO', 'NO_GO')),
    failure          text,
    result           jsonb,
    requested_by     text             not null,
    requested_at     timestamptz      not null,
    finished_at      timestamptz,
    check (verdict is null or status = 'DONE'),
    check (failure is null or status = 'FAILED'),
    check ((finished_at is not null) = (status in ('DONE', 'FAILED')))
);
create index analysis_by_vehicle_inclination on rangesafety.analysis (vehicle, inclination_deg);
create index analysis_by_launch on rangesafety.analysis (launch_id);
