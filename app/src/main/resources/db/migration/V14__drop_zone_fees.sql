-- Drop-zone permits and fees: what the host state charges for a drop zone's use, the uses of each launch, the charges
-- they give rise to, and the notices given to the zone's residents before a launch. Zones, launches and organisations
-- are held by id (rangesafety, manifest and organizations own them).

-- A zone's tariff: a yearly fee that covers the first launches_included launches of a calendar year, and a fee for
-- each launch beyond. In force from valid_from to valid_to, both inclusive; no valid_to: until replaced.
create table permits.drop_zone_tariff (
    id                text primary key,
    zone_id           text          not null,
    yearly_fee        numeric(14, 2) not null check (yearly_fee >= 0),
    launches_included integer       not null check (launches_included >= 0),
    extra_launch_fee  numeric(14, 2) not null check (extra_launch_fee >= 0),
    currency          text          not null check (currency ~ '^[A-Z]{3}$'),
    payer             text          not null,
    operator          text          not null,
    valid_from        date          not null,
    valid_to          date,
    note              text,
    sources           text[]        not null default '{}',
    check (valid_to is null or valid_from <= valid_to)
);
create index drop_zone_tariff_zone on permits.drop_zone_tariff (zone_id, valid_from);

-- A launch whose stages fell in a zone. number is its place among the zone's uses of that calendar year (1 for the
-- first), year and day those of launched_at at the cosmodrome (Asia/Qyzylorda).
create table permits.drop_zone_use (
    launch_id   text        not null,
    zone_id     text        not null,
    launched_at timestamptz not null,
    day         date        not null,
    year        integer     not null check (year = extract(year from day)),
    number      integer     not null check (number >= 1),
    tariff_id   text references permits.drop_zone_tariff (id),
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (launch_id, zone_id),
    unique (zone_id, year, number)
);

-- What a use costs under its tariff: the yearly fee at the year's first use, the extra-launch fee at each use beyond
-- the launches the yearly fee includes. Uses in between cost nothing more and have no charge.
create table permits.drop_zone_charge (
    id          text primary key,
    launch_id   text           not null,
    zone_id     text           not null,
    tariff_id   text           not null references permits.drop_zone_tariff (id),
    year        integer        not null,
    kind        text           not null check (kind in ('YEARLY_FEE', 'EXTRA_LAUNCH')),
    amount      numeric(14, 2) not null check (amount >= 0),
    currency    text           not null check (currency ~ '^[A-Z]{3}$'),
    payer       text           not null,
    operator    text           not null,
    recorded_at timestamptz    not null,
    foreign key (launch_id, zone_id) references permits.drop_zone_use (launch_id, zone_id)
);
create unique index drop_zone_charge_one_yearly_fee on permits.drop_zone_charge (zone_id, tariff_id, year)
    where kind = 'YEARLY_FEE';
create index drop_zone_charge_zone_year on permits.drop_zone_charge (zone_id, year);

-- A notice to a zone's residents of a coming launch. It is in time when notified_at is at least 24 hours before the
-- launch's time (known once the launch has flown, from its use of the zone).
create table permits.resident_notice (
    id          text primary key,
    launch_id   text        not null,
    zone_id     text        not null,
    notified_at timestamptz not null,
    notified_by text        not null,
    channel     text        not null,
    text        text,
    recorded_at timestamptz not null,
    recorded_by text        not null
);
create index resident_notice_launch on permits.resident_notice (launch_id, zone_id);
