--liquibase formatted sql

--changeset platform:050-totp-last-step
-- A TOTP code is valid once: the last accepted 30-second step is remembered and later codes
-- must come from a newer step (ASVS: one-time passwords are single use).
alter table platform.user_account add column totp_last_step bigint;
