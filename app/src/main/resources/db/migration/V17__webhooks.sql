-- Webhooks: organisations' subscriptions to launch changes and the outbox of their deliveries. Organisations and
-- launches are held by id (organizations and manifest own them).
create schema webhooks;

-- A subscription of an organisation: where to POST, which events, the secret that signs the bodies. failures counts
-- the delivery attempts that failed in a row (reset by a success); the subscription is made inactive when it reaches
-- the configured limit, or when its organisation deletes it.
create table webhooks.subscription (
    id             text primary key,
    organization   text        not null,
    url            text        not null check (url ~ '^https?://'),
    events         text[]      not null check (cardinality(events) > 0),
    secret         text        not null,
    active         boolean     not null default true,
    failures       integer     not null default 0 check (failures >= 0),
    created_at     timestamptz not null,
    created_by     text        not null,
    disabled_at    timestamptz,
    disabled_why   text
);
create index subscription_organization on webhooks.subscription (organization);

-- The outbox: one row per event and subscription, written in the transaction of the change. A row is due while
-- delivered_at is null and next_attempt_at has come; next_attempt_at is null once it was delivered or given up.
create table webhooks.delivery (
    id                  text primary key,
    subscription_id     text        not null references webhooks.subscription (id),
    event_type          text        not null,
    launch_id           text        not null,
    payload             jsonb       not null,
    created_at          timestamptz not null,
    attempts            integer     not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz,
    delivered_at        timestamptz,
    last_status_code    integer,
    last_response       text,
    last_error          text
);
create index delivery_due on webhooks.delivery (next_attempt_at) where delivered_at is null and next_attempt_at is not null;
create index delivery_subscription on webhooks.delivery (subscription_id, created_at);

-- Every attempt of a delivery with what the receiver answered: its status code and the start of its body, or the
-- error when it did not answer.
create table webhooks.delivery_attempt (
    delivery_id  text        not null references webhooks.delivery (id),
    number       integer     not null check (number >= 1),
    attempted_at timestamptz not null,
    status_code  integer,
    response     text,
    error        text,
    duration_ms  integer     not null,
    primary key (delivery_id, number)
);
