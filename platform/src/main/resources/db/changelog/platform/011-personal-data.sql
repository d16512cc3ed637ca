--liquibase formatted sql

--changeset platform:011-personal-data
-- GDPR: a person may delete their account (Art. 17). Contributions in the modules reference the
-- account "on delete set null", so deleting the row anonymises them at once; memberships, tokens and
-- recovery codes go with it (on delete cascade).
grant delete on platform.user_account to ${appRole};
-- A person's data export (Art. 15/20) is downloaded through a single-use, expiring link bound to the account.
alter table platform.account_token drop constraint account_token_purpose_check;
alter table platform.account_token add constraint account_token_purpose_check
    check (purpose in ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'DATA_EXPORT'));
