--liquibase formatted sql

--changeset platform:008-tenant-registry-notify splitStatements:false
-- Every instance keeps the tenants it resolves requests to in memory; a change to the registry
-- (status, slug, host names) — by the application, a manifest import or by hand — tells all of
-- them at commit to forget what they hold.
create function platform.notify_tenant_registry_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('tenant_registry_changed', '');
    return null;
end $$;

create trigger tenant_registry_changed
    after insert or update or delete or truncate on platform.tenant
    for each statement execute function platform.notify_tenant_registry_changed();
create trigger tenant_registry_changed
    after insert or update or delete or truncate on platform.tenant_host_name
    for each statement execute function platform.notify_tenant_registry_changed();
