--liquibase formatted sql

--changeset platform:009-contact-office-notify splitStatements:false
-- Public pages show a tenant's contact office and may be cached on every instance: a change
-- notifies all of them at commit (payload: the tenant's id).
create function platform.notify_contact_office_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('contact_office_changed', coalesce(new.tenant_id, old.tenant_id)::text);
    return null;
end $$;

create trigger contact_office_changed
    after insert or update or delete on platform.contact_office
    for each row execute function platform.notify_contact_office_changed();
