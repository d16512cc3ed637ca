--liquibase formatted sql

--changeset monitoring:010-public-monitoring splitStatements:false
-- Released monitoring values of a published concept edition (issue #7, "Public"). An editor releases the
-- values as they stand ("Werte veröffentlichen"); the public site and open data show this snapshot, never
-- the live tables, so a value entered or corrected later stays internal until the next release. The
-- snapshot holds what the public needs only (per indicator the series of IST and SOLL, latest value,
-- status and trend; per measure status and percent; roll-ups per goal and field) as JSON written by the
-- service (PublishedMonitoring). A new release replaces the row; withdrawing deletes it.
create table monitoring.value_release (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    edition_id  uuid        not null,
    released_at timestamptz not null,
    released_by uuid        references platform.user_account (id) on delete set null,
    snapshot    jsonb       not null,
    primary key (tenant_id, edition_id)
);

alter table monitoring.value_release enable row level security;
alter table monitoring.value_release force row level security;
create policy tenant_isolation on monitoring.value_release
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Release (insert, or update on re-release), read, withdraw (delete).
grant select, insert, update, delete on monitoring.value_release to ${appRole};

-- Every instance caches the public pages: a release or withdrawal notifies all of them at commit
-- (payload: the tenant's id); the publishing module listens on this channel.
create function monitoring.notify_value_release_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('monitoring_release_changed', coalesce(new.tenant_id, old.tenant_id)::text);
    return null;
end $$;

create trigger value_release_changed
    after insert or update or delete on monitoring.value_release
    for each row execute function monitoring.notify_value_release_changed();
