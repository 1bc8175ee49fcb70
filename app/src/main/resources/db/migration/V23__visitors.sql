-- Visitors: viewing points, tours, visitors with their personal data, passes, bookings with a waitlist, and the outbox
-- of messages to visitors. Identity learns the VISITOR self-service role.

alter table identity.user_role drop constraint user_role_role_check;
alter table identity.user_role add constraint user_role_role_check check (role in ('SPACEPORT_OPERATOR', 'LESSEE',
    'HOST_AUTHORITY', 'LAUNCH_PROVIDER', 'AUDITOR', 'BIDDER', 'VISITOR'));

create schema visitors;

-- A place from which visitors watch launches; open for a launch only outside its hazard radius.
create table visitors.viewing_point (
    id          text primary key,
    name        text             not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    capacity    integer          not null check (capacity > 0),
    basis       text             not null
);

-- A guided tour at a time, in one language, with its guide.
create table visitors.tour (
    id        text primary key,
    name      text        not null,
    place     text        not null,
    starts_at timestamptz not null,
    capacity  integer     not null check (capacity > 0),
    language  text        not null,
    guide     text        not null
);

-- What a booking takes a place in: a tour, or the viewing of one launch at one point. Its row is locked while places
-- are counted, so concurrent bookings of one slot queue up and never exceed its capacity.
create table visitors.slot (
    id        bigserial primary key,
    tour_id   text references visitors.tour (id),
    launch_id text,
    point_id  text references visitors.viewing_point (id),
    day       date    not null,
    capacity  integer not null check (capacity > 0),
    check ((tour_id is not null and launch_id is null and point_id is null)
        or (tour_id is null and launch_id is not null and point_id is not null)),
    unique (tour_id),
    unique (launch_id, point_id)
);

-- A person who books; account is the user name of a VISITOR account that owns the record (null when the operator
-- entered it). Deletion on request wipes the personal fields and sets anonymised.
create table visitors.visitor (
    id              text primary key,
    account         text,
    name            text,
    nationality     text,
    document_number text,
    anonymised      boolean     not null default false,
    recorded_at     timestamptz not null
);
create index visitor_account on visitors.visitor (account);

-- An application for a pass to the site on one day.
create table visitors.pass (
    id           text primary key,
    visitor_id   text        not null references visitors.visitor (id),
    day          date        not null,
    status       text        not null check (status in ('SUBMITTED', 'APPROVED', 'REFUSED')),
    submitted_at timestamptz not null,
    decided_at   timestamptz,
    decided_by   text,
    note         text
);
create index pass_visitor on visitors.pass (visitor_id, day);

-- A booking of a place in a slot. position orders the waitlist (first come, first promoted).
create table visitors.booking (
    id             text primary key,
    slot_id        bigint      not null references visitors.slot (id),
    visitor_id     text        not null references visitors.visitor (id),
    day            date        not null,
    status         text        not null check (status in ('HELD_AWAITING_PASS', 'CONFIRMED', 'WAITLISTED',
        'CANCELLED', 'POINT_CLOSED')),
    refund_offered boolean     not null default false,
    position       bigserial   not null,
    created_at     timestamptz not null
);
create index booking_slot on visitors.booking (slot_id, status, position);
create index booking_visitor on visitors.booking (visitor_id);

-- The outbox of messages to visitors: written in the transaction of the change, handed to the notifier after commit.
create table visitors.message (
    id          bigserial primary key,
    visitor_id  text        not null references visitors.visitor (id),
    booking_id  text references visitors.booking (id),
    kind        text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    status      text        not null default 'PENDING' check (status in ('PENDING', 'WRITTEN')),
    written_at  timestamptz
);
