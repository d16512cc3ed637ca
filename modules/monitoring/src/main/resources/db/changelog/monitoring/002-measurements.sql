--liquibase formatted sql

--changeset monitoring:002-measurements
-- IST: measured values per indicator of a concept edition and period. indicator_id is the id of an
-- Edition.Indicator (the concepts module owns it, so no foreign key across module schemas; the service
-- checks it). A correction never overwrites: it inserts a new row and marks the previous one as
-- superseded, so the history of every value stays (who entered what, when, from which source).
create table monitoring.measurement (
    tenant_id     uuid        not null references platform.tenant (id) on delete cascade,
    id            uuid        not null,
    indicator_id  uuid        not null,
    period        text        not null check (period ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$'),
    value         numeric     not null,
    source        text        not null check (length(source) between 1 and 300),
    collected_on  date,
    note          text        check (length(note) <= 2000),
    example       boolean     not null default false,
    entered_by    uuid        references platform.user_account (id) on delete set null,
    entered_via   text        not null check (entered_via in ('FORM', 'IMPORT', 'API', 'DEMO')),
    entered_at    timestamptz not null default now(),
    superseded_at timestamptz,
    primary key (tenant_id, id)
);
-- At most one current value per indicator and period.
create unique index measurement_current on monitoring.measurement (tenant_id, indicator_id, period) where superseded_at is null;
create index measurement_history on monitoring.measurement (tenant_id, indicator_id, period, entered_at);

-- SOLL: explicit targets per indicator and year; years without one follow the straight path from the
-- indicator's baseline to its target value (documented in the module README).
create table monitoring.target (
    tenant_id    uuid    not null references platform.tenant (id) on delete cascade,
    indicator_id uuid    not null,
    year         integer not null check (year between 1990 and 2100),
    value        numeric not null,
    primary key (tenant_id, indicator_id, year)
);

alter table monitoring.measurement enable row level security;
alter table monitoring.measurement force row level security;
create policy tenant_isolation on monitoring.measurement
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.target enable row level security;
alter table monitoring.target force row level security;
create policy tenant_isolation on monitoring.target
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Measurements are only ever added or marked superseded, never deleted by the application.
grant select, insert, update on monitoring.measurement to ${appRole};
grant select, insert, update, delete on monitoring.target to ${appRole};
