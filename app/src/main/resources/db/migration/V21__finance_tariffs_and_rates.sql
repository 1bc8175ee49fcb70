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

-- Finance becomes the single owner of exchange rates: the rates the auctions module kept are copied here with their
-- sources (a rate finance already has for that day stays), and the auctions table goes. Those rows did not record when
-- or by whom they were entered (the ledger did); they are marked as recorded now by 'data-set'.
insert into finance.exchange_rate (currency, on_date, kzt, source, recorded_at, recorded_by)
select currency, on_date, kzt, source, now(), 'data-set' from auctions.exchange_rate
on conflict (currency, on_date) do nothing;
drop table auctions.exchange_rate;
