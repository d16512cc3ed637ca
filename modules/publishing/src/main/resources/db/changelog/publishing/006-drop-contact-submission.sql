--liquibase formatted sql

--changeset publishing:006-drop-contact-submission
-- The contact form's rate limit now uses the platform's shared platform.rate_limit_hit.
drop table publishing.contact_submission;
