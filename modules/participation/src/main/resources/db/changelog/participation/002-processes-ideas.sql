--liquibase formatted sql

--changeset participation:002-processes-ideas
-- Beteiligungsverfahren: belongs to one concept edition (by id; the concepts module owns the
-- edition, so no foreign key across module schemas — the service checks it exists).
create table participation.process (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    edition_id  uuid        not null,
    title       text        not null check (length(title) between 3 and 200),
    description text        not null default '' check (length(description) <= 5000),
    created_at  timestamptz not null default now(),
    primary key (tenant_id, id)
);

-- Phases in their order; the service checks that they follow each other without overlap.
create table participation.phase (
    tenant_id  uuid    not null references platform.tenant (id) on delete cascade,
    process_id uuid    not null,
    position   integer not null check (position >= 0),
    kind       text    not null check (kind in ('IDEENSAMMLUNG', 'EXPERTENBEWERTUNG', 'WORKSHOPS', 'ABSTIMMUNG', 'AUSWERTUNG')),
    starts_on  date    not null,
    ends_on    date    not null,
    primary key (tenant_id, process_id, position),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade,
    check (ends_on >= starts_on)
);

-- Ideen of registered citizens. consent_version: the version of the consent text the citizen agreed to.
create table participation.idea (
    tenant_id       uuid        not null references platform.tenant (id) on delete cascade,
    id              uuid        not null,
    process_id      uuid        not null,
    author          text        not null,
    title           text        not null check (length(title) between 3 and 150),
    text            text        not null check (length(text) between 10 and 5000),
    field           text        check (length(field) between 1 and 200),
    status          text        not null default 'EINGEGANGEN'
                                check (status in ('EINGEGANGEN', 'IN_PRUEFUNG', 'UEBERNOMMEN', 'NICHT_UEBERNOMMEN')),
    consent_version text        not null,
    submitted_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade
);
create index idea_process on participation.idea (tenant_id, process_id, submitted_at);

alter table participation.process enable row level security;
alter table participation.process force row level security;
create policy tenant_isolation on participation.process
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.phase enable row level security;
alter table participation.phase force row level security;
create policy tenant_isolation on participation.phase
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.idea enable row level security;
alter table participation.idea force row level security;
create policy tenant_isolation on participation.idea
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.process, participation.phase, participation.idea to ${appRole};
