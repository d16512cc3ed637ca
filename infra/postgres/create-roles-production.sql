-- Production roles and database for the Integrationskonzept-Plattform (idempotent; re-running
-- it also resets both passwords). Run as a superuser, passwords as psql variables, e.g.:
--
--   psql "host=db.example.internal user=postgres dbname=postgres" -v ON_ERROR_STOP=1 \
--        -v owner_password="$IK_OWNER_PASSWORD" -v app_password="$IK_APP_PASSWORD" \
--        -f infra/postgres/create-roles-production.sql
--
-- Optional variables (defaults in brackets): owner_role [ik_owner], app_role [ik_app],
-- database [integrationskonzept]. See infra/postgres/README.md.
\set ON_ERROR_STOP on

\if :{?owner_role}
\else
    \set owner_role ik_owner
\endif
\if :{?app_role}
\else
    \set app_role ik_app
\endif
\if :{?database}
\else
    \set database integrationskonzept
\endif
\if :{?owner_password}
\else
    \set owner_password ''
\endif
\if :{?app_password}
\else
    \set app_password ''
\endif

-- Refuse to run without both passwords (or with the same role for both jobs).
select :'owner_password' = '' or :'app_password' = '' as missing_password,
       :'owner_role' = :'app_role' as same_role \gset
\if :missing_password
    \warn 'Set both passwords: psql -v owner_password=... -v app_password=... -f create-roles-production.sql'
    do $$ begin raise exception 'owner_password and app_password are required'; end $$;
\endif
\if :same_role
    \warn 'owner_role and app_role must be two different roles'
    do $$ begin raise exception 'owner_role and app_role must differ'; end $$;
\endif

-- Owner role: owns the database and every schema and table, runs the Liquibase migrations.
select format('create role %I login', :'owner_role')
where not exists (select from pg_roles where rolname = :'owner_role') \gexec
alter role :"owner_role" login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
alter role :"owner_role" password :'owner_password';

-- Application role: what the server connects as. Owns nothing and cannot bypass row-level
-- security; the migrations grant it exactly the privileges it needs (IK_DATABASE_APP_ROLE).
select format('create role %I login', :'app_role')
where not exists (select from pg_roles where rolname = :'app_role') \gexec
alter role :"app_role" login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
alter role :"app_role" password :'app_password';

-- The database, owned by the owner role (so Liquibase may create schemas and the public
-- schema's tables). Only the two roles may connect.
select format('create database %I owner %I encoding %L template template0', :'database', :'owner_role', 'UTF8')
where not exists (select from pg_database where datname = :'database') \gexec
alter database :"database" owner to :"owner_role";
revoke all on database :"database" from public;
grant connect, temporary on database :"database" to :"app_role";

-- Nobody but the owner may create objects in the public schema (the default since PostgreSQL 15).
\connect :"database"
revoke create on schema public from public;

-- The application role must not own anything in this database.
select count(*) as app_role_owned_tables from pg_tables where tableowner = :'app_role';
