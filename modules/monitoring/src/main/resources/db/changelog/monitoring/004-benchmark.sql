--liquibase formatted sql

--changeset monitoring:004-benchmark splitStatements:false
-- Cross-city benchmarking (issue #7): the one place where data crosses tenants.
--
-- benchmark_opt_in is tenant-owned like every other table: which catalogue indicators a tenant shares,
-- and whether it may be shown by name. Nothing is shared without a row with share = true.
create table monitoring.benchmark_opt_in (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    code       text        not null check (length(code) between 1 and 63),
    share      boolean     not null default false,
    named      boolean     not null default false,
    changed_by uuid        references platform.user_account (id) on delete set null,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, code)
);
alter table monitoring.benchmark_opt_in enable row level security;
alter table monitoring.benchmark_opt_in force row level security;
create policy tenant_isolation on monitoring.benchmark_opt_in
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on monitoring.benchmark_opt_in to ${appRole};

-- benchmark_value holds ONLY opted-in, normalised yearly values, keyed by catalogue code, AGS and year (a
-- merger keeps the history attached to the old AGS). It deliberately has no tenant_id column and no
-- tenant policy: every sharing tenant's value is visible to every benchmark reader. `publisher` (which
-- tenant published the row, so an opt-out removes exactly its rows) is never exposed.
--
-- Choice: the application role gets NO privilege on this table. It reads only through the security-definer
-- functions benchmark_shared_values(code) and benchmark_coverage(), which return the comparable columns (never
-- `publisher`) of all sharing tenants without a tenant filter — functions rather than a view, because every view
-- in the application schemas must be security_invoker (checked by TenantIsolationTests), which would need a grant
-- on the table itself. It writes only through the two security-definer functions below, which take the tenant from
-- current_setting('app.tenant_id') (fail closed without one), check the tenant's own opt-in under RLS and
-- take AGS, kind, Bundesland and name from the registry: a tenant can publish nothing but its own values
-- of indicators it opted in to. Row-level security is never disabled for the app role (no BYPASSRLS).
create table monitoring.benchmark_value (
    code         text        not null,
    ags          char(8)     not null check (ags ~ '^[0-9]{8}$'),
    year         integer     not null check (year between 1990 and 2100),
    value        numeric     not null,
    tenant_kind  text        not null,
    bundesland   text        not null,
    size_class   text        not null,
    display_name text,
    publisher    uuid        not null references platform.tenant (id) on delete cascade,
    published_at timestamptz not null default now(),
    primary key (code, ags, year)
);
create index benchmark_value_code_year on monitoring.benchmark_value (code, year);
create index benchmark_value_publisher on monitoring.benchmark_value (publisher, code);
revoke all on monitoring.benchmark_value from ${appRole};

-- Read-only: every shared value of one catalogue code.
create function monitoring.benchmark_shared_values(p_code text)
returns table (code text, ags text, year integer, value numeric, tenant_kind text, bundesland text, size_class text, display_name text)
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select v.code, v.ags::text, v.year, v.value, v.tenant_kind, v.bundesland, v.size_class, v.display_name
    from monitoring.benchmark_value v where v.code = p_code
$$;

-- Read-only: per code and year, how many AGS share a value (the service lets only platform admins ask).
create function monitoring.benchmark_coverage()
returns table (code text, year integer, tenants integer)
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select v.code, v.year, count(distinct v.ags)::integer from monitoring.benchmark_value v group by v.code, v.year order by v.code, v.year
$$;

-- Publishes (or replaces) the current tenant's normalised value of an indicator for a year.
create function monitoring.benchmark_publish(p_code text, p_year integer, p_value numeric, p_size_class text)
returns void language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    v_tenant uuid := current_setting('app.tenant_id')::uuid;
    v_named  boolean;
    v_t      record;
begin
    select o.named into v_named from monitoring.benchmark_opt_in o
        where o.tenant_id = v_tenant and o.code = p_code and o.share;
    if not found then
        raise exception 'tenant % has not opted in to share %', v_tenant, p_code using errcode = '42501';
    end if;
    select t.ags, t.kind, t.bundesland, t.name into v_t from platform.tenant t where t.id = v_tenant and t.status = 'ACTIVE';
    if not found then
        raise exception 'no active tenant %', v_tenant using errcode = '42501';
    end if;
    insert into monitoring.benchmark_value (code, ags, year, value, tenant_kind, bundesland, size_class, display_name, publisher)
    values (p_code, v_t.ags, p_year, p_value, v_t.kind, v_t.bundesland, p_size_class, case when v_named then v_t.name end, v_tenant)
    on conflict (code, ags, year) do update
        set value = excluded.value, tenant_kind = excluded.tenant_kind, bundesland = excluded.bundesland,
            size_class = excluded.size_class, display_name = excluded.display_name, publisher = excluded.publisher,
            published_at = now()
        where monitoring.benchmark_value.publisher = v_tenant;
end $$;

-- Removes every value the current tenant published for a code (opt-out, or before republishing).
create function monitoring.benchmark_withdraw(p_code text)
returns integer language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    v_count integer;
begin
    delete from monitoring.benchmark_value
        where publisher = current_setting('app.tenant_id')::uuid and code = p_code;
    get diagnostics v_count = row_count;
    return v_count;
end $$;

revoke all on function monitoring.benchmark_publish(text, integer, numeric, text) from public;
revoke all on function monitoring.benchmark_withdraw(text) from public;
revoke all on function monitoring.benchmark_shared_values(text) from public;
revoke all on function monitoring.benchmark_coverage() from public;
grant execute on function monitoring.benchmark_shared_values(text) to ${appRole};
grant execute on function monitoring.benchmark_coverage() to ${appRole};
grant execute on function monitoring.benchmark_publish(text, integer, numeric, text) to ${appRole};
grant execute on function monitoring.benchmark_withdraw(text) to ${appRole};
