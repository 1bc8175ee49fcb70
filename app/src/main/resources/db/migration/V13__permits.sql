-- Permits: the host state's oversight of the lease. Suspensions move here from the manifest schema.
create schema permits;

-- A suspension of launches by the host authority: of a vehicle family, of one pad, or of the whole site. It is in
-- force from start_date (inclusive) until it is lifted; planned_end, when given, is its last day (inclusive).
create table permits.suspension (
    id           text primary key,
    scope        text        not null check (scope in ('FAMILY', 'PAD', 'SITE')),
    family       text,
    pad_id       text,
    start_date   date        not null,
    planned_end  date,
    reason       text        not null,
    imposed_by   text,
    incident_id  text,
    status       text        not null default 'ACTIVE' check (status in ('ACTIVE', 'LIFTED')),
    lifted_at    timestamptz,
    lifted_by    text,
    lift_reason  text,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    check (scope <> 'FAMILY' or family is not null),
    check (scope <> 'PAD' or pad_id is not null),
    check (planned_end is null or start_date <= planned_end),
    check ((status = 'LIFTED') = (lifted_at is not null))
);
create index suspension_in_force on permits.suspension (status, start_date);

-- What must be done before a suspension lifts; met when ticked off with evidence.
create table permits.lifting_condition (
    suspension_id text        not null references permits.suspension (id),
    number        integer     not null check (number >= 1),
    kind          text        not null check (kind in ('INVESTIGATION_REPORT_FILED', 'REMEDIATION_DONE',
                                                       'COMPENSATION_PAID', 'OTHER')),
    description   text,
    met_at        timestamptz,
    met_by        text,
    evidence      text,
    primary key (suspension_id, number),
    check (kind <> 'OTHER' or description is not null),
    check ((met_at is null) = (evidence is null))
);

-- The manifest's suspensions, each of a family with a planned end and no conditions: it lifts when the authority
-- lifts it, and the scheduler keeps the family out until its planned end.
insert into permits.suspension (id, scope, family, start_date, planned_end, reason, imposed_by, status, recorded_at,
                                recorded_by)
select id, 'FAMILY', family, start_date, end_date, reason, imposed_by, 'ACTIVE', recorded_at, recorded_by
from manifest.suspension;
drop table manifest.suspension;

-- A lessee's launch plan for a calendar year, one row per version: an amendment is a new version.
create table permits.launch_plan (
    id              text primary key,
    lessee          text        not null,
    year            integer     not null check (year between 1957 and 2100),
    version         integer     not null check (version >= 1),
    status          text        not null check (status in ('SUBMITTED', 'APPROVED', 'PARTIALLY_APPROVED',
                                                          'REFUSED', 'SUPERSEDED')),
    note            text,
    submitted_at    timestamptz not null,
    submitted_by    text        not null,
    decided_at      timestamptz,
    decided_by      text,
    decision_reason text,
    unique (lessee, year, version)
);

-- A line of a plan: launches requested of a vehicle family, of a hazard class, or of both, and how many were approved.
create table permits.launch_plan_line (
    plan_id      text    not null references permits.launch_plan (id),
    number       integer not null check (number >= 1),
    family       text,
    hazard_class text,
    requested    integer not null check (requested >= 0),
    approved     integer check (approved >= 0 and approved <= requested),
    reason       text,
    primary key (plan_id, number),
    check (family is not null or hazard_class is not null)
);
