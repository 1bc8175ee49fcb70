-- The range-safety analysis of the flight an incident happened on: the id of a rangesafety.analysis, held as a plain
-- id like every cross-module reference (checked to exist when it is set), null when none is linked.
alter table incidents.incident add column range_safety_analysis uuid;
