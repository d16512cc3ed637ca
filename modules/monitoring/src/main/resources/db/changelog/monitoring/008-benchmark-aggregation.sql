--liquibase formatted sql

--changeset monitoring:008-benchmark-aggregation splitStatements:false
-- Cross-city benchmarking at national scale (issue #7, "Scale and speed"): the comparison no longer
-- reads every shared value of a code into the application. PostgreSQL aggregates, and the application
-- role receives nothing but the aggregates of its own groups:
--
-- * benchmark_distribution(code, year, size_class): four rows, always in this order: ALL (every sharing
--   tenant), BUNDESLAND, KIND (same tenant kind) and SIZE_CLASS (p_size_class, the caller's own class,
--   computed in Java from the registry population like the published size_class). Per group n, min,
--   quartiles (percentile_cont = linear interpolation between the sorted values, as QUARTIL.INKL;
--   computed in double precision and returned as numeric with 15 significant digits), max, the
--   caller's own value and percentile rank (share of values below, ties count half, one decimal) and
--   the named points (only rows whose tenant agreed to be named, ordered by name, byte order).
-- * benchmark_series(code): per year the caller's own value, n and the median.
-- * benchmark_own_published(): per code how many yearly values the caller currently publishes.
--
-- The minimum group of five (Benchmarks.MINIMUM_GROUP) is enforced HERE too, not only in Java: for a
-- group of fewer than five values every statistic, the percentile and the named points are null/empty;
-- only n is given. Who "the caller" is comes from current_setting('app.tenant_id') (fail closed: an
-- error without it or for an unknown tenant) and the registry's AGS, Bundesland and kind of that
-- tenant; nothing about the caller is taken from the arguments except its size class, which only
-- selects which anonymous group is aggregated. Same style as 004: security definer, fixed search_path,
-- the application role still has no privilege on benchmark_value itself.

-- The function that returned every shared value of a code (to compute in Java) is gone.
drop function monitoring.benchmark_shared_values(text);

-- Indexes for the plans of the two functions (EXPLAIN in docs/benchmarks/benchmark-comparison-latest.md):
-- * benchmark_value_comparison: one code's rows of one year with every column the distribution needs,
--   answered from the index alone (index-only scan once the table is vacuumed).
-- * benchmark_value_year_values: one code's values of all years, already ordered by year and value, for the
--   medians over time (narrow, so a national series reads a few hundred pages, not the table).
-- * the primary key (code, ags, year) finds the caller's own value.
drop index monitoring.benchmark_value_code_year;
create index benchmark_value_comparison on monitoring.benchmark_value (code, year)
    include (value, tenant_kind, bundesland, size_class, display_name);
create index benchmark_value_year_values on monitoring.benchmark_value (code, year, value);

create function monitoring.benchmark_distribution(p_code text, p_year integer, p_size_class text)
returns table (group_key text, members integer, minimum numeric, lower_quartile numeric, median_value numeric,
               upper_quartile numeric, maximum numeric, own_value numeric, own_percentile numeric,
               named_names text[], named_values numeric[])
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    v_tenant uuid := current_setting('app.tenant_id')::uuid;
    v_ags    char(8);
    v_land   text;
    v_kind   text;
    v_own    numeric;
begin
    select t.ags, t.bundesland::text, t.kind into v_ags, v_land, v_kind from platform.tenant t where t.id = v_tenant;
    if not found then
        raise exception 'no tenant %', v_tenant using errcode = '42501';
    end if;
    select v.value into v_own from monitoring.benchmark_value v where v.code = p_code and v.ags = v_ags and v.year = p_year;
    return query
    with grouped as (
        select g.ord, count(*)::integer as n, min(v.value) as lo, max(v.value) as hi,
               percentile_cont(array[0.25, 0.5, 0.75]) within group (order by v.value::float8) as q,
               count(*) filter (where v.value < v_own) as below, count(*) filter (where v.value = v_own) as equal,
               array_agg(v.display_name order by v.display_name collate "C") filter (where v.display_name is not null) as names,
               array_agg(v.value order by v.display_name collate "C") filter (where v.display_name is not null) as named
        from monitoring.benchmark_value v
        cross join lateral (values (1, true), (2, v.bundesland = v_land), (3, v.tenant_kind = v_kind),
                                   (4, v.size_class = p_size_class)) g(ord, member)
        where v.code = p_code and v.year = p_year and g.member
        group by g.ord
    )
    select k.key, coalesce(r.n, 0),
           case when r.n >= 5 then r.lo end,
           case when r.n >= 5 then r.q[1]::numeric end,
           case when r.n >= 5 then r.q[2]::numeric end,
           case when r.n >= 5 then r.q[3]::numeric end,
           case when r.n >= 5 then r.hi end,
           v_own,
           case when r.n >= 5 and v_own is not null then round((2 * r.below + r.equal) * 50.0 / r.n, 1) end,
           case when r.n >= 5 then coalesce(r.names, '{}') else '{}' end,
           case when r.n >= 5 then coalesce(r.named, '{}') else '{}' end
    from (values (1, 'ALL'), (2, 'BUNDESLAND'), (3, 'KIND'), (4, 'SIZE_CLASS')) k(ord, key)
    left join grouped r on r.ord = k.ord
    order by k.ord;
end $$;

create function monitoring.benchmark_series(p_code text)
returns table (year integer, members integer, median_value numeric, own_value numeric)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    v_tenant uuid := current_setting('app.tenant_id')::uuid;
    v_ags    char(8);
begin
    select t.ags into v_ags from platform.tenant t where t.id = v_tenant;
    if not found then
        raise exception 'no tenant %', v_tenant using errcode = '42501';
    end if;
    return query
    with per_year as (
        select v.year, count(*)::integer as n, percentile_cont(0.5) within group (order by v.value::float8) as median
        from monitoring.benchmark_value v where v.code = p_code
        group by v.year
    )
    select p.year, p.n, case when p.n >= 5 then p.median::numeric end, o.value
    from per_year p
    left join monitoring.benchmark_value o on o.code = p_code and o.ags = v_ags and o.year = p.year
    order by p.year;
end $$;

create function monitoring.benchmark_own_published()
returns table (code text, published integer)
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select v.code, count(*)::integer from monitoring.benchmark_value v
    where v.publisher = current_setting('app.tenant_id')::uuid group by v.code
$$;

revoke all on function monitoring.benchmark_distribution(text, integer, text) from public;
revoke all on function monitoring.benchmark_series(text) from public;
revoke all on function monitoring.benchmark_own_published() from public;
grant execute on function monitoring.benchmark_distribution(text, integer, text) to ${appRole};
grant execute on function monitoring.benchmark_series(text) to ${appRole};
grant execute on function monitoring.benchmark_own_published() to ${appRole};
