--liquibase formatted sql

--changeset platform:020-user-account
-- A person's account. Global: one person may hold roles in several tenants.
create table platform.user_account (
    id              uuid        not null primary key,
    email           text        not null unique check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    display_name    text        not null check (length(display_name) between 1 and 200),
    -- null until the person sets a password (invitation, approved sign-up)
    password_hash   text,
    status          text        not null check (status in ('PENDING', 'ACTIVE', 'DISABLED')),
    email_verified_at timestamptz,
    platform_admin  boolean     not null default false,
    failed_logins   integer     not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    -- TOTP secret, encrypted by the application (AES-GCM); enabled once confirmed with a code
    totp_secret     text,
    totp_enabled_at timestamptz,
    -- demo accounts exist only in the demo profile and are refused elsewhere
    demo            boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
grant select, insert, update on platform.user_account to ${appRole};

--changeset platform:021-membership
-- A person's role in a tenant. Tenant-owned: staff lists are read under the tenant's RLS.
-- Signing in reads a person's own memberships across tenants through a second, read-only
-- policy on app.user_id (bound by the application only for that person's own sign-in).
create table platform.membership (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    user_id    uuid        not null references platform.user_account (id) on delete cascade,
    role       text        not null check (role in ('TENANT_ADMIN', 'EDITOR', 'CONTRIBUTOR', 'CITIZEN')),
    granted_at timestamptz not null default now(),
    granted_by uuid        references platform.user_account (id) on delete set null,
    primary key (tenant_id, user_id, role)
);
create index membership_user_idx on platform.membership (user_id);
alter table platform.membership enable row level security;
alter table platform.membership force row level security;
create policy tenant_isolation on platform.membership
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
create policy own_memberships on platform.membership for select
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
grant select, insert, update, delete on platform.membership to ${appRole};

--changeset platform:022-tenant-security-settings
-- Tenant-owned security settings, e.g. whether all staff must use a second factor.
create table platform.tenant_security_setting (
    tenant_id          uuid        not null references platform.tenant (id) on delete cascade,
    staff_require_totp boolean     not null default false,
    updated_at         timestamptz not null default now(),
    primary key (tenant_id)
);
alter table platform.tenant_security_setting enable row level security;
alter table platform.tenant_security_setting force row level security;
create policy tenant_isolation on platform.tenant_security_setting
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on platform.tenant_security_setting to ${appRole};

--changeset platform:023-invitation
-- An invitation to join a tenant with a role; the link carries a token whose hash is stored.
create table platform.invitation (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    token_hash  text        not null,
    email       text        not null check (email = lower(email)),
    role        text        not null check (role in ('TENANT_ADMIN', 'EDITOR', 'CONTRIBUTOR', 'CITIZEN')),
    invited_by  uuid        references platform.user_account (id) on delete set null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    primary key (tenant_id, token_hash)
);
alter table platform.invitation enable row level security;
alter table platform.invitation force row level security;
create policy tenant_isolation on platform.invitation
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on platform.invitation to ${appRole};

--changeset platform:024-account-token
-- One-time tokens for password reset and e-mail verification (only the hash is stored).
create table platform.account_token (
    token_hash text        not null primary key,
    user_id    uuid        not null references platform.user_account (id) on delete cascade,
    purpose    text        not null check (purpose in ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_user_idx on platform.account_token (user_id);
grant select, insert, update, delete on platform.account_token to ${appRole};

--changeset platform:025-recovery-code
create table platform.recovery_code (
    user_id   uuid        not null references platform.user_account (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
grant select, insert, update, delete on platform.recovery_code to ${appRole};

--changeset platform:026-tenant-signup
-- A municipality's request to join the platform (the tenant itself is in status REQUESTED).
-- Part of the registry: platform admins decide on it before the tenant exists for anyone else.
create table platform.tenant_signup (
    tenant_id     uuid        not null primary key references platform.tenant (id) on delete cascade,
    contact_name  text        not null,
    contact_email text        not null check (contact_email = lower(contact_email)),
    requested_at  timestamptz not null default now(),
    decided_at    timestamptz,
    decided_by    uuid        references platform.user_account (id) on delete set null,
    decision      text        check (decision in ('APPROVED', 'REJECTED')),
    reason        text
);
grant select, insert, update on platform.tenant_signup to ${appRole};

--changeset platform:027-security-audit
-- Append-only log of security-relevant actions; the application may add and read, never change.
create table platform.security_audit (
    id          uuid        not null primary key default gen_random_uuid(),
    occurred_at timestamptz not null default now(),
    tenant_id   uuid        references platform.tenant (id) on delete set null,
    actor       text        not null,
    action      text        not null,
    detail      text,
    ip_address  text
);
create index security_audit_tenant_idx on platform.security_audit (tenant_id, occurred_at);
grant select, insert on platform.security_audit to ${appRole};

--changeset platform:028-signing-key
-- Keys that sign the authorization server's tokens. Persistent so tokens survive restarts;
-- rotation adds a new active key and keeps the old ones published until their tokens expire.
create table platform.signing_key (
    kid         text        not null primary key,
    private_key text        not null,
    public_key  text        not null,
    created_at  timestamptz not null default now(),
    active      boolean     not null default true
);
grant select, insert, update on platform.signing_key to ${appRole};

--changeset platform:029-api-client
-- A tenant's machine client (e.g. a statistics office pushing indicator data); the OAuth2
-- registration itself lives in oauth2_registered_client.
create table platform.api_client (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    client_id  text        not null,
    name       text        not null,
    scopes     text[]      not null,
    created_by uuid        references platform.user_account (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, client_id)
);
alter table platform.api_client enable row level security;
alter table platform.api_client force row level security;
create policy tenant_isolation on platform.api_client
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on platform.api_client to ${appRole};
