--liquibase formatted sql

--changeset platform:030-account-token-tenant
-- The municipality a citizen registered with: confirming the e-mail address grants the role
-- CITIZEN there. account_token stays global (it is looked up by its hash before any tenant is
-- known); the membership itself is written under the tenant's row-level security.
alter table platform.account_token
    add column tenant_id uuid references platform.tenant (id) on delete cascade;
