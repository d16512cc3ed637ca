--liquibase formatted sql

--changeset participation:009-consent-texts
-- Versioned consent texts (Einwilligung) of a municipality's Beteiligung. Every contribution records
-- the version its author agreed to; a published version is never changed (a new text is a new
-- version), so what someone agreed to can always be shown. Until a municipality publishes its own
-- text, the platform's default text applies (version '2026-11-01').
create table participation.consent_text (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    version      text        not null check (version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}(-[0-9]+)?$'),
    text         text        not null check (length(text) between 20 and 5000),
    published_at timestamptz not null default now(),
    published_by uuid        references platform.user_account (id) on delete set null,
    primary key (tenant_id, version)
);
alter table participation.consent_text enable row level security;
alter table participation.consent_text force row level security;
create policy tenant_isolation on participation.consent_text
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Insert and read only: published texts are evidence.
grant select, insert on participation.consent_text to ${appRole};
