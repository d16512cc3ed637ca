--liquibase formatted sql

--changeset participation:010-example-data
-- Example data (Beispieldaten): a process loaded as demonstration content, e.g. the demo tenants'
-- past Beteiligung. Its pages and the staff list say so, so nobody takes it for a real process.
alter table participation.process add column example boolean not null default false;
