--liquibase formatted sql

--changeset monitoring:009-collection-rounds
-- Collection rounds: per indicator of a concept edition how often its value is collected (cadence), who
-- collects it (the responsible office, optionally a responsible person of the tenant) and how many days
-- after the end of a period its value is due. Indicators without a row are collected yearly, due 90 days
-- after the year, with no office. indicator_id/edition_id refer to the concepts module's edition (no
-- foreign key across module schemas; the service checks them).
create table monitoring.collection_setting (
    tenant_id           uuid        not null references platform.tenant (id) on delete cascade,
    indicator_id        uuid        not null,
    edition_id          uuid        not null,
    cadence             text        not null check (cadence in ('YEARLY', 'HALF_YEARLY', 'QUARTERLY')),
    due_days            integer     not null default 90 check (due_days between 0 and 365),
    office              text        check (length(office) between 1 and 200),
    responsible_account uuid        references platform.user_account (id) on delete set null,
    changed_by          uuid        references platform.user_account (id) on delete set null,
    changed_at          timestamptz not null default now(),
    primary key (tenant_id, indicator_id)
);
create index collection_setting_edition on monitoring.collection_setting (tenant_id, edition_id);

-- Reminder mails sent: one row per indicator, period and kind (due soon, overdue). The job inserts the row
-- with "on conflict do nothing" and mails only when it inserted it, so a rerun never mails twice.
create table monitoring.collection_reminder (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    indicator_id uuid        not null,
    period       text        not null check (period ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$'),
    kind         text        not null check (kind in ('DUE_SOON', 'OVERDUE')),
    account_id   uuid        references platform.user_account (id) on delete set null,
    sent_at      timestamptz not null default now(),
    primary key (tenant_id, indicator_id, period, kind)
);

alter table monitoring.collection_setting enable row level security;
alter table monitoring.collection_setting force row level security;
create policy tenant_isolation on monitoring.collection_setting
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.collection_reminder enable row level security;
alter table monitoring.collection_reminder force row level security;
create policy tenant_isolation on monitoring.collection_reminder
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Settings are created and changed (upsert), never deleted; reminders are only ever added.
grant select, insert, update on monitoring.collection_setting to ${appRole};
grant select, insert on monitoring.collection_reminder to ${appRole};
