--liquibase formatted sql

--changeset concepts:002-editions
-- A concept edition and its parts. Every table is tenant-owned: tenant_id leads every primary
-- and foreign key (Citus co-location), RLS is enabled and forced. Localised texts are jsonb
-- objects by language ("de" required, "de-simple" = Einfache Sprache, "en", …). origin_id is
-- the item of the previous edition this one was copied from (Fortschreibung provenance).
create table concepts.edition (
    tenant_id         uuid        not null references platform.tenant (id) on delete cascade,
    id                uuid        not null,
    title             jsonb       not null check (length(title ->> 'de') > 0),
    period_from       integer     not null check (period_from between 1990 and 2100),
    period_to         integer     not null,
    status            text        not null check (status in ('ENTWURF', 'IN_BETEILIGUNG', 'ZUR_BESCHLUSSFASSUNG',
                                                             'BESCHLOSSEN', 'VEROEFFENTLICHT', 'ABGELOEST')),
    continues_id      uuid,
    resolution_body   text,
    resolution_number text,
    resolution_date   date,
    resolution_result text,
    resolution_url    text,
    understanding     jsonb,
    prerequisites     jsonb,
    version           integer     not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, continues_id) references concepts.edition (tenant_id, id),
    check (period_to >= period_from)
);

create table concepts.guideline (
    tenant_id  uuid    not null,
    id         uuid    not null,
    edition_id uuid    not null,
    position   integer not null,
    text       jsonb   not null check (length(text ->> 'de') > 0),
    example    boolean not null default false,
    source     text,
    origin_id  uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, edition_id) references concepts.edition (tenant_id, id) on delete cascade
);

create table concepts.field (
    tenant_id        uuid    not null,
    id               uuid    not null,
    edition_id       uuid    not null,
    position         integer not null,
    name             jsonb   not null check (length(name ->> 'de') > 0),
    description      jsonb,
    baseline         jsonb,
    template_code    text,
    template_version integer,
    origin_id        uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, edition_id) references concepts.edition (tenant_id, id) on delete cascade
);

create table concepts.key_figure (
    tenant_id uuid    not null,
    id        uuid    not null,
    field_id  uuid    not null,
    position  integer not null,
    label     jsonb   not null check (length(label ->> 'de') > 0),
    value     numeric,
    unit      text,
    year      integer,
    source    text,
    example   boolean not null default false,
    origin_id uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, field_id) references concepts.field (tenant_id, id) on delete cascade
);

create table concepts.goal (
    tenant_id        uuid    not null,
    id               uuid    not null,
    edition_id       uuid    not null,
    field_id         uuid    not null,
    parent_id        uuid,
    position         integer not null,
    title            jsonb   not null check (length(title ->> 'de') > 0),
    description      jsonb,
    example          boolean not null default false,
    source           text,
    origin_id        uuid,
    -- outcome of the copied goal in the previous period, for the editors to decide on
    previous_outcome text    check (previous_outcome in ('ERREICHT', 'TEILWEISE_ERREICHT', 'AUFGEGEBEN', 'UEBERNOMMEN')),
    primary key (tenant_id, id),
    foreign key (tenant_id, field_id) references concepts.field (tenant_id, id) on delete cascade,
    foreign key (tenant_id, parent_id) references concepts.goal (tenant_id, id) on delete cascade
);

create table concepts.indicator (
    tenant_id      uuid    not null,
    id             uuid    not null,
    goal_id        uuid    not null,
    position       integer not null,
    name           jsonb   not null check (length(name ->> 'de') > 0),
    definition     jsonb,
    unit           text,
    data_source    text,
    baseline_value numeric,
    baseline_year  integer,
    target_value   numeric,
    target_year    integer,
    direction      text    not null check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    catalogue_code text,
    example        boolean not null default false,
    origin_id      uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, goal_id) references concepts.goal (tenant_id, id) on delete cascade
);

create table concepts.measure (
    tenant_id      uuid    not null,
    id             uuid    not null,
    edition_id     uuid    not null,
    position       integer not null,
    title          jsonb   not null check (length(title ->> 'de') > 0),
    description    jsonb,
    responsible    text,
    partners       text[]  not null default '{}',
    period_from    integer,
    period_to      integer,
    budget         numeric(14, 2) check (budget >= 0),
    funding_source text,
    status         text    not null check (status in ('GEPLANT', 'LAUFEND', 'ABGESCHLOSSEN', 'AUSGESETZT')),
    example        boolean not null default false,
    source         text,
    origin_id      uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, edition_id) references concepts.edition (tenant_id, id) on delete cascade
);

create table concepts.measure_goal (
    tenant_id  uuid not null,
    measure_id uuid not null,
    goal_id    uuid not null,
    position   integer not null,
    primary key (tenant_id, measure_id, goal_id),
    foreign key (tenant_id, measure_id) references concepts.measure (tenant_id, id) on delete cascade,
    foreign key (tenant_id, goal_id) references concepts.goal (tenant_id, id) on delete cascade
);

-- Every change to an edition: who, when, which item, before and after.
create table concepts.change_log (
    tenant_id   uuid        not null,
    id          uuid        not null default gen_random_uuid(),
    edition_id  uuid        not null,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null check (action in ('ADDED', 'REMOVED', 'CHANGED')),
    item_type   text        not null,
    item_id     uuid        not null,
    before      jsonb,
    after       jsonb,
    primary key (tenant_id, id),
    foreign key (tenant_id, edition_id) references concepts.edition (tenant_id, id) on delete cascade
);
create index change_log_edition_idx on concepts.change_log (tenant_id, edition_id, occurred_at);

alter table concepts.edition enable row level security;
alter table concepts.edition force row level security;
create policy tenant_isolation on concepts.edition
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.guideline enable row level security;
alter table concepts.guideline force row level security;
create policy tenant_isolation on concepts.guideline
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.field enable row level security;
alter table concepts.field force row level security;
create policy tenant_isolation on concepts.field
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.key_figure enable row level security;
alter table concepts.key_figure force row level security;
create policy tenant_isolation on concepts.key_figure
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.goal enable row level security;
alter table concepts.goal force row level security;
create policy tenant_isolation on concepts.goal
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.indicator enable row level security;
alter table concepts.indicator force row level security;
create policy tenant_isolation on concepts.indicator
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.measure enable row level security;
alter table concepts.measure force row level security;
create policy tenant_isolation on concepts.measure
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.measure_goal enable row level security;
alter table concepts.measure_goal force row level security;
create policy tenant_isolation on concepts.measure_goal
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table concepts.change_log enable row level security;
alter table concepts.change_log force row level security;
create policy tenant_isolation on concepts.change_log
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on concepts.edition, concepts.guideline, concepts.field, concepts.key_figure,
    concepts.goal, concepts.indicator, concepts.measure, concepts.measure_goal to ${appRole};
-- the history is append-only for the application
grant select, insert on concepts.change_log to ${appRole};
