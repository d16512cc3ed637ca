--liquibase formatted sql

--changeset concepts:003-actors-labels
-- Akteure: the tenant's registry of offices, schools, clubs, welfare associations, migrant
-- organisations, advisory councils … and the fields they work in (Handlungsfeld names).
create table concepts.actor (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    kind        text        not null check (kind in ('VERWALTUNG', 'SCHULE', 'KITA', 'VEREIN', 'WOHLFAHRTSVERBAND',
                                                     'MIGRANTENORGANISATION', 'BEIRAT', 'RELIGIONSGEMEINSCHAFT', 'WIRTSCHAFT',
                                                     'BILDUNGSTRAEGER', 'SONSTIGE')),
    name        text        not null check (length(name) between 1 and 300),
    contact     text,
    email       text,
    phone       text,
    website     text,
    fields      text[]      not null default '{}',
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, name)
);

-- The tenant's own names for the levels of the model (e.g. "Teilziel" instead of "Handlungsziel").
create table concepts.level_label (
    tenant_id uuid not null references platform.tenant (id) on delete cascade,
    level     text not null check (level in ('LEITLINIE', 'HANDLUNGSFELD', 'ZIEL', 'HANDLUNGSZIEL', 'MASSNAHME', 'INDIKATOR')),
    label_de  text not null check (length(label_de) between 1 and 60),
    label_en  text check (length(label_en) between 1 and 60),
    primary key (tenant_id, level)
);
alter table concepts.actor enable row level security;
alter table concepts.actor force row level security;
create policy tenant_isolation on concepts.actor
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.level_label enable row level security;
alter table concepts.level_label force row level security;
create policy tenant_isolation on concepts.level_label
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on concepts.actor, concepts.level_label to ${appRole};
