--liquibase formatted sql

--changeset platform:001-schema
create schema if not exists platform;
grant usage on schema platform to ${appRole};

--changeset platform:002-tenant
-- The registry is global on purpose: tenant resolution reads it before any tenant is known.
-- Only registry data lives here; everything a tenant owns carries tenant_id and sits behind RLS.
create table platform.tenant (
    id                uuid        not null primary key,
    slug              text        not null unique
                                  check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    name              text        not null check (length(name) between 1 and 200),
    short_name        text        not null check (length(short_name) between 1 and 100),
    kind              text        not null
                                  check (kind in ('GEMEINDE', 'STADT', 'KREISFREIE_STADT', 'LANDESHAUPTSTADT', 'LANDKREIS')),
    ags               char(8)     not null unique check (ags ~ '^[0-9]{8}$'),
    bundesland        char(2)     not null
                                  check (bundesland in ('SH', 'HH', 'NI', 'HB', 'NW', 'HE', 'RP', 'BW',
                                                        'BY', 'SL', 'BE', 'BB', 'MV', 'SN', 'ST', 'TH')),
    population        integer     check (population >= 0),
    population_as_of  date,
    population_source text,
    default_language  text        not null default 'de' check (default_language ~ '^[a-z]{2,3}$'),
    status            text        not null check (status in ('REQUESTED', 'ACTIVE', 'SUSPENDED')),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check ((population is null) = (population_as_of is null))
);
grant select, insert, update on platform.tenant to ${appRole};

-- Custom domains of a tenant; part of the global registry (resolution needs it before the tenant is known).
create table platform.tenant_host_name (
    host_name text not null primary key
              check (host_name = lower(host_name) and host_name ~ '^[a-z0-9.-]{1,253}$'),
    tenant_id uuid not null references platform.tenant (id) on delete cascade
);
create index tenant_host_name_tenant_idx on platform.tenant_host_name (tenant_id);
grant select, insert, delete on platform.tenant_host_name to ${appRole};

--changeset platform:003-contact-office
-- Tenant-owned: the office a municipality names as contact for its Integrationskonzept.
create table platform.contact_office (
    tenant_id      uuid        not null references platform.tenant (id) on delete cascade,
    name           text,
    contact_person text,
    street         text,
    postal_code    text,
    city           text,
    room           text,
    phone          text,
    email          text,
    office_hours   text,
    website        text,
    updated_at     timestamptz not null default now(),
    primary key (tenant_id)
);
alter table platform.contact_office enable row level security;
alter table platform.contact_office force row level security;
create policy tenant_isolation on platform.contact_office
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on platform.contact_office to ${appRole};

--changeset platform:004-cross-tenant-access
-- Append-only audit of work that spans tenants (tenant import, later benchmarking):
-- the application role may insert and read, never change or delete.
create table platform.cross_tenant_access (
    id          uuid        not null primary key default gen_random_uuid(),
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    purpose     text        not null,
    tenant_ids  uuid[]      not null
);
grant select, insert on platform.cross_tenant_access to ${appRole};
