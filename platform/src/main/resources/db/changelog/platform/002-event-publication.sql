--liquibase formatted sql

--changeset platform:010-event-publication
-- Spring Modulith's event publication registry (schema v2). No RLS: republication after a
-- restart runs without a tenant; every event carries its tenant id and listeners restore it.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
grant select, insert, update, delete on event_publication to ${appRole};
