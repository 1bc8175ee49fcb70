-- Finance: tenants' tariffs (per launch, per pad-day) and the single table of exchange rates.

-- A tariff a tenant pays: an amount per launch or per pad-day, in force from valid_from to valid_to (inclusive, open
-- when null), for the organisations in payers, paid to operator.
create table finance.tariff (
    id          text primary key,
    kind        text          not null check (kind in ('PER_LAUNCH', 'PAD_DAY')),
    payers      text[]        not null,
    amount      numeric(18, 2) not null check (amount > 0),
    currency    text          not null check (currency in ('KZT', 'USD', 'EUR', 'RUB')),
    operator    text          not null,
    valid_from  date          not null,
    valid_to    date,
    basis       text          not null,
    recorded_at timestamptz   not null,
    check (valid_to is null or valid_to >= valid_from)
);
