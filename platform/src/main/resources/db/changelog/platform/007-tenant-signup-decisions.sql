--liquibase formatted sql

--changeset platform:070-rejected-signups-release-slug-and-ags
-- A rejected sign-up keeps its tenant row, now in status REJECTED, because tenant_signup (keyed
-- by the tenant and deleted with it) holds the decision, who took it and the reason. Such a row
-- is never reachable and must not block a corrected request: slug and AGS are unique only among
-- tenants that are not rejected.
alter table platform.tenant drop constraint tenant_status_check;
alter table platform.tenant add constraint tenant_status_check
    check (status in ('REQUESTED', 'ACTIVE', 'SUSPENDED', 'REJECTED'));
alter table platform.tenant drop constraint tenant_slug_key;
alter table platform.tenant drop constraint tenant_ags_key;
create unique index tenant_slug_key on platform.tenant (slug) where status <> 'REJECTED';
create unique index tenant_ags_key on platform.tenant (ags) where status <> 'REJECTED';

