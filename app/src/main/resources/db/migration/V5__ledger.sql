create schema if not exists ledger;

-- The append-only, hash-chained record of every state-changing command. Each entry's hash is the SHA-256 of the
-- previous entry's hash and this entry's fields (see org.cosmodrome.ledger.LedgerEntry#computeHash), so altering,
-- removing or inserting an entry breaks the chain from that point on.
create table ledger.entry (
    seq                bigint primary key check (seq >= 1),
    recorded_at        timestamptz not null,
    actor_user         text        not null,
    actor_organization text,
    command            text        not null,
    target_type        text        not null,
    target_id          text        not null,
    tenants            text[],
    payload            text        not null,
    previous_hash      char(64)    not null,
    hash               char(64)    not null unique
);
create index entry_by_target on ledger.entry (target_type, target_id, seq);
create index entry_by_actor on ledger.entry (actor_user, seq);
create index entry_by_time on ledger.entry (recorded_at);

-- Entries are never changed or removed through the application's connection. The hash chain detects what someone
-- with the rights to disable this trigger does anyway.
create function ledger.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger entry_append_only before update or delete on ledger.entry
    for each row execute function ledger.refuse_change();
create trigger entry_no_truncate before truncate on ledger.entry
    for each statement execute function ledger.refuse_change();
