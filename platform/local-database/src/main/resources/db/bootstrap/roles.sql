-- Roles for local development, tests and CI (idempotent). Production creates its own roles
-- with real passwords: see infra/postgres/README.md.
-- ik_owner owns the schemas and runs the migrations; ik_app is what the application connects
-- as: it owns nothing and cannot bypass row-level security.
do $$
begin
    if not exists (select from pg_roles where rolname = 'ik_owner') then
        create role ik_owner login password 'ik_owner';
    end if;
    if not exists (select from pg_roles where rolname = 'ik_app') then
        create role ik_app login password 'ik_app';
    end if;
    alter role ik_app nosuperuser nocreatedb nocreaterole nobypassrls;
end
$$;
