--liquibase formatted sql

--changeset participation:011-workshop-notify
-- The municipality's public start page announces upcoming workshops (title, date, place): a change of
-- a workshop notifies every instance's page cache, as process changes do (003).
create trigger workshop_changed
    after insert or update of title, starts_at, ends_at, place or delete on participation.workshop
    for each row execute function participation.notify_process_changed();
