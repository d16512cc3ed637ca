--liquibase formatted sql

--changeset platform:014-sign-in-throttle
-- Failed sign-ins (session form and OAuth2 client authentication) in a sliding window, counted in
-- PostgreSQL so the throttle holds across all instances and restarts. One row per failure, kept until
-- its window has passed. throttle_key is an HMAC of the submitted account name or the client's address,
-- keyed with the platform secret and bound to what it counts (kind), so no identifier is stored.
-- Not tenant-owned, so no tenant_id and no row-level security: a sign-in happens before any tenant is
-- known and one account may belong to several tenants (the same reason as platform.security_audit).
-- The app role adds and removes failures, never changes them.
create table platform.sign_in_failure (
    id           uuid        not null primary key,
    kind         text        not null check (kind in ('ACCOUNT', 'ADDRESS', 'CLIENT')),
    throttle_key text        not null check (length(throttle_key) = 64),
    failed_at    timestamptz not null default now()
);
create index sign_in_failure_key on platform.sign_in_failure (kind, throttle_key, failed_at);
grant select, insert, delete on platform.sign_in_failure to ${appRole};
