--liquibase formatted sql

--changeset platform:010-rate-limit
-- Abuse limits of public forms (contact, ideas, comments, anonymous questionnaires …), counted in
-- PostgreSQL so a limit holds across all instances and restarts. One row per counted use, kept until
-- its window has passed. client_key is an HMAC of the client's identifier (address, account, browser
-- token) keyed with the platform secret and bound to tenant and action, so no identifier is stored and
-- one client cannot be followed across tenants.
create table platform.rate_limit_hit (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    action     text        not null check (length(action) between 1 and 100),
    client_key text        not null check (length(client_key) = 64),
    expires_at timestamptz not null,
    primary key (tenant_id, id)
);
create index rate_limit_hit_client on platform.rate_limit_hit (tenant_id, action, client_key, expires_at);
alter table platform.rate_limit_hit enable row level security;
alter table platform.rate_limit_hit force row level security;
create policy tenant_isolation on platform.rate_limit_hit
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on platform.rate_limit_hit to ${appRole};
