create schema if not exists organizations;

create table organizations.organization (
    id         text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_en    text        not null check (length(name_en) between 1 and 200),
    name_ru    text,
    name_kk    text,
    short_name text,
    kind       text        not null check (kind in ('HOST_AUTHORITY', 'LESSEE', 'STATE_OPERATOR', 'JOINT_VENTURE',
        'NATIONAL_COMPANY', 'LAUNCH_PROVIDER', 'MANUFACTURER', 'SATELLITE_OPERATOR')),
    country    char(2)     not null,
    role       text,
    parent_id  text references organizations.organization (id),
    notes      text,
    confidence text,
    sources    text[]      not null default '{}',
    version    integer     not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table organizations.agreement (
    id                      text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,80}$'),
    title                   text        not null check (length(title) between 1 and 300),
    kind                    text        not null check (kind in ('LEASE', 'LEASE_EXTENSION', 'INTERGOVERNMENTAL',
        'JOINT_VENTURE_CHARTER', 'PHASE_OUT', 'LAUNCH_CAP', 'PLAN_APPROVAL', 'FACILITY_RETURN',
        'SPECIAL_ECONOMIC_ZONE', 'PAD_ACCESS', 'SERVICES')),
    status                  text        not null check (status in ('IN_FORCE', 'SUPERSEDED', 'EXPIRED',
        'IN_NEGOTIATION', 'PLANNED', 'TERMINATED')),
    signed_on               date,
    effective_from          date,
    expires_on              date,
    date_note               text,
    annual_payment_amount   numeric(17, 2) check (annual_payment_amount >= 0),
    annual_payment_currency char(3),
    terms                   text,
    notes                   text,
    confidence              text,
    sources                 text[]      not null default '{}',
    version                 integer     not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check (expires_on is null or effective_from is null or expires_on >= effective_from),
    check ((annual_payment_amount is null) = (annual_payment_currency is null))
);

create table organizations.agreement_party (
    agreement_id    text not null references organizations.agreement (id) on delete cascade,
    organization_id text not null references organizations.organization (id),
    primary key (agreement_id, organization_id)
);
create index agreement_party_by_organization on organizations.agreement_party (organization_id);
