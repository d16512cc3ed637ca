-- Synthetic national data set for the cross-city benchmark (issue #7, "Scale and speed").
-- Run by infra/benchmarks/benchmark-data.sh as the PostgreSQL superuser on a database that the server
-- has migrated (the real Liquibase schema). Set-based (generate_series), deterministic (setseed), and
-- idempotent: every row it writes is recognisable (slug 'bench-…', catalogue codes 'bench-…') and is
-- removed first. It writes the real tables, as a superuser-side import would: platform.tenant,
-- concepts.catalogue_indicator, monitoring.benchmark_opt_in and monitoring.benchmark_value.
--
-- Tenants (11,053; status SUSPENDED — benchmark-comparison.sh activates them only while it runs, because the
-- default profile's demo-account runner creates four accounts for every active tenant at start): every German Landkreis (294), kreisfreie Stadt (107, the first of each
-- Land as Landeshauptstadt) and kreisangehörige Gemeinde (10,652), per Land in the real counts (2023,
-- rounded). Populations: kreisangehörige Gemeinden drawn per Land from the Land's real mix of size
-- classes (e.g. Rheinland-Pfalz and Schleswig-Holstein > 90 % under 5,000, Nordrhein-Westfalen almost none);
-- kreisfreie Städte 35,000–600,000 (log-normal; Berlin, Hamburg, Bremen real figures); Landkreise
-- log-normal around 200,000. AGS: Land (2) + '9' + Kreis (2) + Gemeinde (3); the Regierungsbezirk digit 9
-- does not occur in real AGS used by the demo tenants, so nothing collides with them.
--
-- Catalogue: 100 indicators 'bench-001' … 'bench-100', 60 with normalisation '%' and 40 'je 1.000 Einwohner'.
-- Opt-in (documented assumption, no published figure exists): 40 % of Gemeinden and 65 % of Landkreise and
-- kreisfreie Städte take part at all; a participant shares each catalogue indicator with probability 70 %;
-- 30 % of participants agree to be named. Values: 10 years 2015–2024, each shared series starting in a
-- random year 2015–2019 (coverage grows over time). So per code and year roughly 3,000 values,
-- ~2.6 million shared values in total.
\set ON_ERROR_STOP on
\timing on
select setseed(0.2026);

begin;
-- Earlier runs' rows (benchmark values and opt-ins go with their tenants: on delete cascade).
delete from platform.tenant where slug like 'bench-%';
delete from concepts.catalogue_indicator where code like 'bench-%';

create temporary table land (land char(2), land_no text, landkreise int, kreisfrei int, gemeinden int,
                             p_small numeric, p_klein numeric, p_mittel numeric, label text) on commit drop;
-- gemeinden = kreisangehörige Gemeinden; p_* = share of them under 5,000 / under 20,000 / under 100,000
insert into land values
    ('SH', '01', 11, 4, 1102, 0.90, 0.08, 0.018, 'Schleswig-Holstein'),
    ('HH', '02', 0, 1, 0, 0, 0, 0, 'Hamburg'),
    ('NI', '03', 37, 8, 934, 0.62, 0.28, 0.095, 'Niedersachsen'),
    ('HB', '04', 0, 2, 0, 0, 0, 0, 'Bremen'),
    ('NW', '05', 31, 22, 374, 0.02, 0.40, 0.55, 'Nordrhein-Westfalen'),
    ('HE', '06', 21, 5, 416, 0.25, 0.55, 0.19, 'Hessen'),
    ('RP', '07', 24, 12, 2289, 0.93, 0.055, 0.014, 'Rheinland-Pfalz'),
    ('BW', '08', 35, 9, 1092, 0.50, 0.38, 0.115, 'Baden-Württemberg'),
    ('BY', '09', 71, 25, 2031, 0.62, 0.32, 0.057, 'Bayern'),
    ('SL', '10', 6, 0, 52, 0.0, 0.70, 0.30, 'Saarland'),
    ('BE', '11', 0, 1, 0, 0, 0, 0, 'Berlin'),
    ('BB', '12', 14, 4, 409, 0.65, 0.27, 0.078, 'Brandenburg'),
    ('MV', '13', 6, 2, 724, 0.92, 0.065, 0.013, 'Mecklenburg-Vorpommern'),
    ('SN', '14', 10, 3, 415, 0.50, 0.40, 0.098, 'Sachsen'),
    ('ST', '15', 11, 3, 215, 0.40, 0.45, 0.148, 'Sachsen-Anhalt'),
    ('TH', '16', 17, 6, 599, 0.80, 0.16, 0.038, 'Thüringen');

create temporary table bench_tenant (id uuid, ags char(8), kind text, land char(2), population int, participates boolean,
                                     named boolean, start_year int, level numeric) on commit drop;

-- Landkreise: Kreis numbers 01.., population log-normal around 200,000 (clamped 50,000–1,300,000).
insert into bench_tenant (ags, kind, land, population)
select l.land_no || '9' || lpad(k::text, 2, '0') || '000', 'LANDKREIS', l.land,
       least(1300000, greatest(50000, round(200000 * exp(0.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int
from land l, generate_series(1, l.landkreise) k;

-- Kreisfreie Städte: Kreis numbers after the Landkreise; the first one of a Land is its Landeshauptstadt.
insert into bench_tenant (ags, kind, land, population)
select l.land_no || '9' || lpad((l.landkreise + k)::text, 2, '0') || '000',
       case when k = 1 then 'LANDESHAUPTSTADT' else 'KREISFREIE_STADT' end, l.land,
       case l.land when 'BE' then 3755251 when 'HH' then 1892122
                   else case when l.land = 'HB' and k = 1 then 569352 when l.land = 'HB' then 115212
                             else least(600000, greatest(35000, round(110000 * exp(0.7 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int
                        end end
from land l, generate_series(1, l.kreisfrei) k;

-- Kreisangehörige Gemeinden, spread over the Land's Landkreise; size class drawn from the Land's mix,
-- the population log-uniform inside the class. From 10,000 inhabitants (and a tenth of the smaller ones) a Stadt.
insert into bench_tenant (ags, kind, land, population)
select l.land_no || '9' || lpad((g % l.landkreise + 1)::text, 2, '0') || lpad((g / l.landkreise + 1)::text, 3, '0'),
       case when p.population >= 10000 or (p.population >= 2000 and random() < 0.1) then 'STADT' else 'GEMEINDE' end, l.land, p.population
from land l, generate_series(0, l.gemeinden - 1) g,
     lateral (select random() + 0 * g as r, random() + 0 * g as u) d,
     lateral (select round(case when d.r < l.p_small then exp(ln(150) + d.u * (ln(4999) - ln(150)))
                                 when d.r < l.p_small + l.p_klein then exp(ln(5000) + d.u * (ln(19999) - ln(5000)))
                                 when d.r < l.p_small + l.p_klein + l.p_mittel then exp(ln(20000) + d.u * (ln(99999) - ln(20000)))
                                 else exp(ln(100000) + d.u * (ln(250000) - ln(100000))) end)::int as population) p
where l.gemeinden > 0;

update bench_tenant set id = gen_random_uuid(),
    participates = random() < case when kind in ('GEMEINDE', 'STADT') then 0.40 else 0.65 end,
    named = random() < 0.30,
    start_year = 2015 + floor(random() * 5)::int,
    level = sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random());

insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, population, population_as_of, population_source, status)
select b.id, 'bench-' || b.ags,
       case b.kind when 'LANDKREIS' then 'Landkreis Musterkreis ' when 'GEMEINDE' then 'Gemeinde Musterdorf '
                   when 'STADT' then 'Stadt Musterstadt ' when 'LANDESHAUPTSTADT' then 'Landeshauptstadt Musterstadt '
                   else 'Stadt Musterstadt ' end || b.ags,
       'Muster ' || b.ags, b.kind, b.ags, b.land, b.population, date '2024-12-31', 'Benchmark-Generator (synthetisch)', 'SUSPENDED'
from bench_tenant b;

-- The catalogue: 60 percentages, 40 per-1,000-inhabitant indicators.
create temporary table bench_code (code text, per_thousand boolean, mean numeric, spread numeric, trend numeric) on commit drop;
insert into bench_code
select 'bench-' || lpad(i::text, 3, '0'), i > 60,
       case when i > 60 then 2 + random() * 60 else 5 + random() * 70 end,
       0.15 + random() * 0.35, (random() - 0.4) * 0.03
from generate_series(1, 100) i;
insert into concepts.catalogue_indicator (code, version, name, definition, unit, normalisation, data_source, direction, source_reference, changed_by)
select c.code, 1, jsonb_build_object('de', 'Benchmark-Indikator ' || c.code),
       jsonb_build_object('de', 'Synthetischer Indikator des Benchmark-Datensatzes'),
       case when c.per_thousand then 'Anzahl' else '%' end,
       case when c.per_thousand then 'je 1.000 Einwohner' else '%' end,
       'Benchmark-Generator', 'INCREASE', 'infra/benchmarks/benchmark-data.sql', 'benchmark-data'
from bench_code c;

-- Opt-ins: participants share each code with probability 0.7.
insert into monitoring.benchmark_opt_in (tenant_id, code, share, named, changed_at)
select b.id, c.code, true, b.named, now() - interval '1 day' * floor(random() * 700)
from bench_tenant b cross join bench_code c
where b.participates and random() < 0.7;

-- Shared values, as benchmark_publish would store them (normalised; per 1,000 inhabitants with six
-- decimals; size class from the population like SizeClass; name only if named).
insert into monitoring.benchmark_value (code, ags, year, value, tenant_kind, bundesland, size_class, display_name, publisher, published_at)
select o.code, b.ags, y,
       case when c.per_thousand
            then round(greatest(0, c.mean * exp(c.spread * b.level + 0.1 * (random() - 0.5)::numeric) * (1 + c.trend * (y - 2015)))::numeric, 6)
            else round(least(100, greatest(0, c.mean * (1 + c.spread * b.level * 0.6 + 0.08 * (random() - 0.5)::numeric) * (1 + c.trend * (y - 2015))))::numeric, 1)
       end,
       b.kind, b.land,
       case when b.population < 5000 then 'LANDGEMEINDE' when b.population < 20000 then 'KLEINSTADT'
            when b.population < 100000 then 'MITTELSTADT' else 'GROSSSTADT' end,
       case when o.named then t.name end, b.id, now()
from monitoring.benchmark_opt_in o
join bench_tenant b on b.id = o.tenant_id
join platform.tenant t on t.id = b.id
join bench_code c on c.code = o.code
cross join generate_series(b.start_year, 2024) y;
commit;

vacuum analyze platform.tenant;
vacuum analyze monitoring.benchmark_opt_in;
vacuum analyze monitoring.benchmark_value;

select count(*) as tenants, count(*) filter (where kind = 'LANDKREIS') as landkreise,
       count(*) filter (where kind in ('KREISFREIE_STADT', 'LANDESHAUPTSTADT')) as kreisfrei
from platform.tenant where slug like 'bench-%';
select size_class, count(distinct ags) from monitoring.benchmark_value where code = 'bench-001' and year = 2024 group by 1 order by 1;
select sum(n) as shared_values, count(distinct code) as codes, round(avg(n)) as avg_values_per_code_and_year
from (select code, year, count(*) as n from monitoring.benchmark_value where code like 'bench-%' group by code, year) s;
