--liquibase formatted sql

--changeset platform:013-http-sessions
-- Web sessions of the server-rendered pages (Spring Session JDBC, spring.session.jdbc.table-name =
-- platform.http_session): the security context after sign-in, the sign-in waiting for its second
-- factor, the CSRF token, the saved request and flash attributes. Kept in PostgreSQL so every app
-- instance sees the same sessions (a request may reach any instance). Columns as in Spring
-- Session's schema-postgresql.sql; the schema is created here, never by Spring Session.
-- Not tenant-owned, so no tenant_id and no row-level security: a session exists before a tenant is
-- chosen (public pages, sign-in) and one session may act in several tenants (a person's memberships).
-- The app role needs all four rights: sessions are created, touched (last access), and removed
-- (sign-out, expiry cleanup); attributes are added, changed and removed.
create table platform.http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on platform.http_session (session_id);
create index http_session_ix2 on platform.http_session (expiry_time);
create index http_session_ix3 on platform.http_session (principal_name);

create table platform.http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id)
        references platform.http_session (primary_id) on delete cascade
);

grant select, insert, update, delete on platform.http_session to ${appRole};
grant select, insert, update, delete on platform.http_session_attributes to ${appRole};
