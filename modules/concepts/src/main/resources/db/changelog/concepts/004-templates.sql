--liquibase formatted sql

--changeset concepts:004-templates
-- Shared reference data kept by central administrators (platform admins): versioned
-- Handlungsfeld templates and the indicator catalogue. These tables are global — no tenant_id,
-- no row-level security — because every tenant reads the same rows; only platform admins change
-- them (checked in the services and at the URLs). Localised texts are jsonb objects by language
-- like the rest of the module ("de" required).

-- One published version of a Handlungsfeld template. A published version never changes: the
-- application may only add versions (no update grant), so what a tenant adopted stays readable.
create table concepts.field_template (
    code                 text        not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version              integer     not null check (version >= 1),
    name                 jsonb       not null check (length(name ->> 'de') > 0),
    description          jsonb,
    -- codes of concepts.catalogue_indicator (checked by the service when publishing)
    suggested_indicators text[]      not null default '{}',
    published_at         timestamptz not null default now(),
    published_by         text        not null,
    primary key (code, version)
);

-- The goals a template version suggests; the key stays the same across versions, so a tenant's
-- goal can follow its suggested goal from version to version.
create table concepts.field_template_goal (
    template_code    text    not null,
    template_version integer not null,
    key              text    not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position         integer not null,
    title            jsonb   not null check (length(title ->> 'de') > 0),
    description      jsonb,
    primary key (template_code, template_version, key),
    foreign key (template_code, template_version) references concepts.field_template (code, version)
);

-- The shared indicator catalogue: one current definition per code; version counts the changes.
create table concepts.catalogue_indicator (
    code             text        not null primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version          integer     not null check (version >= 1),
    name             jsonb       not null check (length(name ->> 'de') > 0),
    definition       jsonb       not null check (length(definition ->> 'de') > 0),
    unit             text        not null,
    normalisation    text,
    data_source      text        not null,
    direction        text        not null check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    source_reference text        not null,
    changed_at       timestamptz not null default now(),
    changed_by       text        not null
);

grant select, insert on concepts.field_template, concepts.field_template_goal to ${appRole};
grant select, insert, update on concepts.catalogue_indicator to ${appRole};

-- Which suggested goal of its template a tenant's goal came from (null for own goals).
alter table concepts.goal add column template_key text;
