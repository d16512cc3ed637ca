--liquibase formatted sql

--changeset monitoring:003-measure-progress
-- Progress of a measure (Maßnahme) of a concept edition. measure_id is the id of an Edition.Measure (the
-- concepts module owns it, so no foreign key across module schemas; the service checks it). Monitoring never
-- changes the edition: without a row here, a measure has the edition's status and that status's default percent.
-- A change never overwrites: it inserts a new row and marks the previous one superseded, so the history stays.
create table monitoring.measure_progress (
    tenant_id          uuid        not null references platform.tenant (id) on delete cascade,
    id                 uuid        not null,
    measure_id         uuid        not null,
    status             text        not null check (status in ('GEPLANT', 'LAUFEND', 'ABGESCHLOSSEN', 'AUSGESETZT')),
    percent            integer     not null check (percent between 0 and 100),
    percent_overridden boolean     not null default false,
    weight             numeric     check (weight > 0),
    note               text        check (length(note) <= 2000),
    changed_by         uuid        references platform.user_account (id) on delete set null,
    changed_via        text        not null check (changed_via in ('FORM', 'API', 'BULK', 'IMPORT')),
    changed_at         timestamptz not null default now(),
    superseded_at      timestamptz,
    primary key (tenant_id, id)
);
-- At most one current state per measure.
create unique index measure_progress_current on monitoring.measure_progress (tenant_id, measure_id) where superseded_at is null;
create index measure_progress_history on monitoring.measure_progress (tenant_id, measure_id, changed_at);

-- Milestones of a measure; the timeline orders them by the date done, else the due date.
create table monitoring.milestone (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    measure_id uuid        not null,
    title      text        not null check (length(title) between 1 and 300),
    due_on     date        not null,
    done_on    date,
    created_by uuid        references platform.user_account (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index milestone_measure on monitoring.milestone (tenant_id, measure_id, due_on);

alter table monitoring.measure_progress enable row level security;
alter table monitoring.measure_progress force row level security;
create policy tenant_isolation on monitoring.measure_progress
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.milestone enable row level security;
alter table monitoring.milestone force row level security;
create policy tenant_isolation on monitoring.milestone
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Progress rows are only ever added or marked superseded, never deleted by the application.
grant select, insert, update on monitoring.measure_progress to ${appRole};
grant select, insert, update, delete on monitoring.milestone to ${appRole};
