-- When a launch's public fields (mission, vehicle, status, pad, day, NET) last changed, for clients that fetch only
-- what changed since their last poll (the LL2 API's last_updated__gte). Set by a trigger so that every writer of
-- manifest.launch keeps it, and only when a public field changes: a re-plan that leaves a launch where it was does
-- not touch it. Uses the transaction's start time, as the histories' recorded_at come from the same moment.
alter table manifest.launch add column last_updated timestamptz not null default now();

update manifest.launch l set last_updated = greatest(l.requested_at,
    coalesce((select max(recorded_at) from manifest.launch_status_change s where s.launch_id = l.id), l.requested_at),
    coalesce((select max(recorded_at) from manifest.net_change n where n.launch_id = l.id), l.requested_at));

create function manifest.touch_launch() returns trigger language plpgsql as $$
begin
    new.last_updated := now();
    return new;
end;
$$;

create trigger launch_public_fields_changed before update on manifest.launch for each row
    when ((old.mission, old.vehicle_id, old.status, old.scheduled_pad_id, old.scheduled_date, old.net,
           old.net_precision)
        is distinct from (new.mission, new.vehicle_id, new.status, new.scheduled_pad_id, new.scheduled_date, new.net,
           new.net_precision))
    execute function manifest.touch_launch();

create index launch_by_last_updated on manifest.launch (last_updated);
