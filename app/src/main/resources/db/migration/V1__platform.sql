-- Infrastructure shared by all modules.
create schema if not exists platform;

-- Which records of a shipped data set have been loaded: a record is loaded once, and never again, so restarts do
-- not duplicate rows and edits (or deletions) made through the app are not overwritten.
create table platform.reference_record (
    data_set   text        not null,
    record_key text        not null,
    loaded_at  timestamptz not null default now(),
    primary key (data_set, record_key)
);
