--liquibase formatted sql

--changeset participation:003-process-notify splitStatements:false
-- Processes and their phases are announced on the municipality's public start page, which every
-- instance may cache: a change notifies all of them at commit (payload: the tenant's id).
create function participation.notify_process_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('participation_process_changed', coalesce(new.tenant_id, old.tenant_id)::text);
    return null;
end $$;

create trigger process_changed
    after insert or update or delete on participation.process
    for each row execute function participation.notify_process_changed();
create trigger process_changed
    after insert or update or delete on participation.phase
    for each row execute function participation.notify_process_changed();
