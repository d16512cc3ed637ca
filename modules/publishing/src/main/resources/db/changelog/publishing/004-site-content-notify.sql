--liquibase formatted sql

--changeset publishing:004-site-content-notify splitStatements:false
-- Every instance caches published snapshots and rendered public pages in memory. A change to
-- what a tenant's site shows notifies all of them at commit (payload: the tenant's id), so none
-- keeps serving the old page.
create function publishing.notify_site_content_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('site_content_changed', coalesce(new.tenant_id, old.tenant_id)::text);
    return null;
end $$;

create trigger site_content_changed
    after insert or update or delete on publishing.published_edition
    for each row execute function publishing.notify_site_content_changed();
