--liquibase formatted sql

--changeset platform:019-mail-request-limit
-- Requests of the public forms that send a mail (password reset, a municipality's sign-up), counted in
-- a sliding window per recipient address and per client address, in PostgreSQL so the limit holds
-- across all instances and restarts. One row per accepted request, kept until its window has passed.
-- throttle_key is an HMAC of the recipient or the client's address, keyed with the platform secret and
-- bound to what it counts (kind), so no address is stored (the same scheme as platform.sign_in_failure).
-- Not tenant-owned, so no tenant_id and no row-level security: both forms are answered before any
-- tenant exists or is known (a password reset is for an account, which may belong to several tenants;
-- a sign-up asks for a new tenant). A citizen's registration with a tenant is limited in the tenant-owned
-- platform.rate_limit_hit instead. The app role adds and removes requests, never changes them.
create table platform.mail_request (
    id           uuid        not null primary key,
    kind         text        not null check (kind in ('RECIPIENT', 'ADDRESS')),
    throttle_key text        not null check (length(throttle_key) = 64),
    requested_at timestamptz not null default now()
);
create index mail_request_key on platform.mail_request (kind, throttle_key, requested_at);
grant select, insert, delete on platform.mail_request to ${appRole};
