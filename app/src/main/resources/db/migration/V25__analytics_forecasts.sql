-- Capacity forecasts: stored scenarios (the planning library's ForecastScenario as JSON) and the runs of them, each
-- keeping the full scenario it ran and its seed so it can be repeated exactly, its progress and its report.

create schema if not exists analytics;

create table analytics.forecast_scenario (
    id          uuid primary key,
    name        text        not null,
    body        jsonb       not null,
    data_set_id text unique,
    created_by  text        not null,
    created_at  timestamptz not null
);

create table analytics.forecast_run (
    id           uuid primary key,
    scenario_id  uuid        not null references analytics.forecast_scenario (id),
    inputs       jsonb       not null,
    seed         bigint      not null,
    samples      integer     not null check (samples > 0),
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
    done         integer     not null default 0 check (done >= 0),
    total        integer     not null check (total > 0),
    cancel_asked boolean     not null default false,
    report       jsonb,
    failure      text,
    rerun_of     uuid references analytics.forecast_run (id),
    requested_by text        not null,
    requested_at timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz
);

create index forecast_run_unfinished on analytics.forecast_run (requested_at) where status in ('QUEUED', 'RUNNING');
