--liquibase formatted sql

--changeset publishing:002-published-editions
-- The immutable snapshot taken when an editor publishes an edition: the edition's document in
-- the concepts module's exchange format (integrationskonzept-edition/1). The application may
-- insert and read, never change or delete (no such grants): what was published stays as it was.
create table publishing.published_edition (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    edition_id   uuid        not null,
    published_at timestamptz not null default now(),
    title        text        not null,
    period_from  integer     not null,
    period_to    integer     not null,
    document     jsonb       not null,
    primary key (tenant_id, edition_id)
);
create index published_edition_latest on publishing.published_edition (tenant_id, published_at desc);

-- Full-text search over published content: one row per item and language, German stemming for
-- German and plain German, no stemming (simple) for other languages.
create table publishing.search_entry (
    tenant_id  uuid not null,
    edition_id uuid not null,
    item_id    uuid not null,
    language   text not null check (language ~ '^[a-z]{2,3}(-simple)?$'),
    kind       text not null check (kind in ('EDITION', 'GUIDELINE', 'FIELD', 'GOAL', 'INDICATOR', 'MEASURE')),
    field_slug text,
    title      text not null,
    body       text not null default '',
    -- Filled by the insert (weighted title and body, see SearchIndex); a plain column so that rows
    -- can be copied and compared like any other.
    document   tsvector not null,
    primary key (tenant_id, edition_id, item_id, language),
    foreign key (tenant_id, edition_id) references publishing.published_edition (tenant_id, edition_id) on delete cascade
);
create index search_entry_document on publishing.search_entry using gin (document);

alter table publishing.published_edition enable row level security;
alter table publishing.published_edition force row level security;
create policy tenant_isolation on publishing.published_edition
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table publishing.search_entry enable row level security;
alter table publishing.search_entry force row level security;
create policy tenant_isolation on publishing.search_entry
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert on publishing.published_edition, publishing.search_entry to ${appRole};
