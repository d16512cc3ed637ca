--liquibase formatted sql

--changeset platform:012-rate-limit-grants
-- Counted uses are added and removed, never changed (the isolation tests now read each right on its own).
revoke update on platform.rate_limit_hit from ${appRole};
