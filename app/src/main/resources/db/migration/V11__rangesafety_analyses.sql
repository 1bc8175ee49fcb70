-- The organisation whose member asked for an analysis; null for the operator's and the system's. An organisation's
-- analyses are private to it and to those who read everything.
alter table rangesafety.analysis add column organization text;
create index analysis_by_finish on rangesafety.analysis (vehicle, inclination_deg, finished_at desc)
    where launch_id is null;

-- The mission of the vehicle's trajectory profile (physics library) a corridor flies, e.g. glonass-dm-03 for
-- Proton-M to 64.8°; null for the profile's standard mission.
alter table rangesafety.corridor add column mission text;
