create schema if not exists identity;

-- A person (or a machine's owner) who signs in for an organisation. Passwords are stored as adaptive hashes
-- (Argon2id, with the algorithm named in the hash so it can be upgraded).
create table identity.user_account (
    id              uuid primary key,
    username        text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name    text        not null,
    organization_id text        not null,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    version         integer     not null default 0,
    created_at      timestamptz not null default now()
);
create unique index user_account_username on identity.user_account (lower(username));

-- Roles of a user; every role is held for the user's organisation.
create table identity.user_role (
    user_id uuid not null references identity.user_account (id) on delete cascade,
    role    text not null check (role in ('SPACEPORT_OPERATOR', 'LESSEE', 'HOST_AUTHORITY', 'LAUNCH_PROVIDER',
        'AUDITOR', 'BIDDER')),
    primary key (user_id, role)
);

-- API tokens: the secret is shown once at issue; only its SHA-256 is kept (a 256-bit random secret needs no
-- adaptive hash). Every token expires; a revoked token stays for the record.
create table identity.api_token (
    id           uuid primary key,
    user_id      uuid        not null references identity.user_account (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    secret_hash  char(64)    not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    check (expires_at > created_at)
);
create index api_token_by_user on identity.api_token (user_id);
