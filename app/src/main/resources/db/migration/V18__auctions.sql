-- Auctions: the disposal of decommissioned equipment, from the inventory to the winner's payment.
create schema auctions;

-- A piece or batch of equipment at a facility or pad. Decommissioned when decommissioned_on is set, with its reason;
-- only decommissioned assets can be put in a lot.
create table auctions.asset (
    id                   text primary key,
    kind                 text          not null check (kind in ('METAL_STRUCTURE', 'MEASURING_INSTRUMENT', 'CONSOLE',
                                                                'CABLE', 'EQUIPMENT_SET', 'TELECOM', 'TRUCK_CRANE',
                                                                'LOCOMOTIVE', 'DUMP_TRUCK', 'VEHICLE',
                                                                'NON_FERROUS_METAL', 'OTHER')),
    description          text          not null,
    quantity             numeric(14, 3) not null check (quantity > 0),
    unit                 text          not null check (unit in ('TONNE', 'METRE', 'PIECE', 'SET')),
    condition            text          not null check (condition in ('SERVICEABLE', 'REPAIRABLE', 'SCRAP')),
    site_id              text,
    pad_id               text,
    location             text          not null,
    book_value           numeric(17, 2) check (book_value >= 0),
    book_currency        text          check (book_currency in ('KZT', 'EUR', 'USD', 'RUB')),
    photo_url            text,
    decommissioned_on    date,
    decommission_reason  text,
    source               text,
    recorded_at          timestamptz   not null,
    recorded_by          text          not null,
    check ((book_value is null) = (book_currency is null)),
    check ((decommissioned_on is null) = (decommission_reason is null))
);

-- A lot: assets sold together under one set of auction terms. Prices are whole units of the lot's currency.
-- English lots close at closes_at, extended by the soft close (closes_at is the current close, first_closes_at the
-- advertised one). Dutch lots fall from starting_price by dutch_step every dutch_step_seconds down to dutch_floor;
-- sealed_round_seconds, when set, is the length of the sealed-bid round among those who accepted the same price.
-- HISTORICAL lots were sold outside Cosmodrome (the 2025 auction on the state property portal): catalogued, their
-- outcome unknown, never bid on here.
create table auctions.lot (
    id                         text primary key,
    title                      text        not null,
    description                text,
    seller                     text        not null,
    format                     text        not null check (format in ('ENGLISH', 'DUTCH')),
    currency                   text        not null check (currency in ('EUR', 'KZT')),
    starting_price             bigint      not null check (starting_price > 0),
    reserve_price              bigint      check (reserve_price > 0),
    increments                 jsonb,
    soft_close_window_seconds  integer     check (soft_close_window_seconds >= 0),
    soft_close_extension_seconds integer   check (soft_close_extension_seconds >= 0),
    soft_close_cap_seconds     integer     check (soft_close_cap_seconds >= 0),
    dutch_floor                bigint      check (dutch_floor > 0),
    dutch_step                 bigint      check (dutch_step > 0),
    dutch_step_seconds         integer     check (dutch_step_seconds > 0),
    sealed_round_seconds       integer     check (sealed_round_seconds > 0),
    deposit_percent            numeric(5, 2) not null check (deposit_percent >= 0 and deposit_percent <= 100),
    payment_days               integer     not null check (payment_days between 1 and 90),
    viewing_from               date,
    viewing_to                 date,
    opens_at                   timestamptz not null,
    first_closes_at            timestamptz,
    closes_at                  timestamptz,
    status                     text        not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED', 'SOLD',
                                                                      'UNSOLD', 'WITHDRAWN', 'HISTORICAL')),
    source                     text,
    version                    integer     not null default 0,
    recorded_at                timestamptz not null,
    recorded_by                text        not null,
    check (format <> 'ENGLISH' or (increments is not null and closes_at is not null and first_closes_at is not null
                                   and closes_at >= first_closes_at and first_closes_at > opens_at)),
    check (format <> 'DUTCH' or (dutch_floor is not null and dutch_step is not null and dutch_step_seconds is not null
                                 and dutch_floor <= starting_price)),
    check (reserve_price is null or format = 'ENGLISH'),
    check (viewing_to is null or viewing_from <= viewing_to)
);
create index lot_status on auctions.lot (status, opens_at);

-- Which assets a lot sells. An asset is in at most one lot that is not withdrawn or unsold (the inventory checks it
-- under a lock on the asset's row); a withdrawn or unsold lot keeps its assets listed, and they may be sold again.
create table auctions.lot_asset (
    lot_id   text not null references auctions.lot (id),
    asset_id text not null references auctions.asset (id),
    primary key (lot_id, asset_id)
);
create index lot_asset_asset on auctions.lot_asset (asset_id);

-- A bidder's registration for a lot, and its deposit: paid before it may bid, refunded if it does not win, forfeited
-- if it wins and does not pay.
create table auctions.registration (
    lot_id           text        not null references auctions.lot (id),
    bidder           text        not null,
    number           integer     not null,
    registered_at    timestamptz not null,
    registered_by    text        not null,
    deposit          bigint      not null check (deposit >= 0),
    deposit_paid_at  timestamptz,
    deposit_state    text        not null default 'DUE' check (deposit_state in ('DUE', 'HELD', 'REFUNDED',
                                                                              'FORFEITED', 'APPLIED')),
    deposit_settled_at timestamptz,
    primary key (lot_id, bidder),
    unique (lot_id, number)
);

-- Every bid submitted on a lot, in the order the server took them (seq), accepted or refused with its reason. The
-- history of a lot replays from these rows alone.
create table auctions.bid (
    lot_id        text        not null references auctions.lot (id),
    seq           integer     not null check (seq >= 1),
    bidder        text        not null,
    submitted_by  text        not null,
    kind          text        not null check (kind in ('BID', 'ACCEPT', 'SEALED')),
    amount        bigint      check (amount > 0),
    maximum       bigint      check (maximum > 0),
    at            timestamptz not null,
    outcome       text        not null check (outcome in ('ACCEPTED', 'REFUSED')),
    refusal       text,
    primary key (lot_id, seq),
    check ((outcome = 'REFUSED') = (refusal is not null))
);

-- The standing prices of an English lot as bids and proxies push it up: one row per price, never two at the same
-- amount (the database refuses it), each naming the submitted bid that caused it.
create table auctions.price_step (
    lot_id     text        not null references auctions.lot (id),
    number     integer     not null check (number >= 1),
    bid_seq    integer     not null,
    bidder     text        not null,
    amount     bigint      not null check (amount > 0),
    automatic  boolean     not null,
    at         timestamptz not null,
    primary key (lot_id, number),
    unique (lot_id, amount),
    foreign key (lot_id, bid_seq) references auctions.bid (lot_id, seq)
);

-- The offers to buy a closed lot: round 1 to the winner, later rounds to the next bidders when a winner refuses to
-- pay or lets the payment term lapse.
create table auctions.offer (
    lot_id      text        not null references auctions.lot (id),
    round       integer     not null check (round >= 1),
    bidder      text        not null,
    price       bigint      not null check (price > 0),
    offered_at  timestamptz not null,
    due_by      timestamptz not null,
    state       text        not null check (state in ('OPEN', 'PAID', 'REFUSED', 'LAPSED')),
    decided_at  timestamptz,
    primary key (lot_id, round),
    unique (lot_id, bidder),
    check ((state = 'OPEN') = (decided_at is null))
);
create unique index offer_one_open on auctions.offer (lot_id) where state = 'OPEN';

-- Official exchange rates of the days lots are priced on: KZT per one unit of the currency.
create table auctions.exchange_rate (
    currency text    not null check (currency in ('EUR', 'USD', 'RUB')),
    on_date  date    not null,
    kzt      numeric(12, 4) not null check (kzt > 0),
    source   text    not null,
    primary key (currency, on_date)
);
