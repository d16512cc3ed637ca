package de.integrationskonzept.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.monitoring.BenchmarkComparison;
import de.integrationskonzept.monitoring.Benchmarks;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.domain.Normalisation;
import de.integrationskonzept.monitoring.internal.domain.SizeClass;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Opt-ins and comparisons. Other tenants' values never reach the application: it reads only the
 * aggregates of the security-definer functions {@code monitoring.benchmark_distribution} and
 * {@code benchmark_series} (changeset 008), computed from opted-in, normalised values, with nothing
 * for a group smaller than {@link #MINIMUM_GROUP}; every read is logged with who asked (the audit
 * trail of the cross-tenant path).
 */
@Service
@Transactional
class JooqBenchmarks implements Benchmarks {

	private static final Logger AUDIT = LoggerFactory.getLogger("audit.benchmark");

	private final DSLContext dsl;
	private final BenchmarkPublication publication;
	private final Tenants tenants;
	private final CurrentAccount currentAccount;

	JooqBenchmarks(DSLContext dsl, BenchmarkPublication publication, Tenants tenants, CurrentAccount currentAccount) {
		this.dsl = dsl;
		this.publication = publication;
		this.tenants = tenants;
		this.currentAccount = currentAccount;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OptIn> optIns() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, Measurements.READ_SCOPE);
		return dsl.fetch("""
				select o.code, o.share, o.named, o.changed_at, coalesce(p.published, 0) as published
				from monitoring.benchmark_opt_in o left join monitoring.benchmark_own_published() p on p.code = o.code order by o.code
				""").map(JooqBenchmarks::toOptIn);
	}

	@Override
	public OptIn setOptIn(String code, boolean share, boolean named) {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		if (code == null || !code.matches("[a-z0-9-]{1,63}")) {
			throw new MonitoringProblems.Invalid(Map.of("code", "Der Code „" + code + "“ ist kein Code des Indikatorenkatalogs."));
		}
		if (share) {
			publication.requireComparable(code);
		}
		dsl.execute("""
				insert into monitoring.benchmark_opt_in (tenant_id, code, share, named, changed_by, changed_at) values (?, ?, ?, ?, ?, now())
				on conflict (tenant_id, code) do update set share = excluded.share, named = excluded.named,
				    changed_by = excluded.changed_by, changed_at = excluded.changed_at
				""", TenantContext.require().value(), code, share, share && named, currentAccount.id().orElse(null));
		int published = share ? publication.republish(code) : 0;
		int removed = share ? 0 : publication.withdraw(code);
		AUDIT.info("Tenant {} by {}: {} {} (named: {}), {} values published, {} removed", TenantContext.require(),
				AccessControl.actor().orElse("?"), share ? "shares" : "stops sharing", code, share && named, published, removed);
		return toOptIn(dsl.fetchSingle("select code, share, named, changed_at, ? as published from monitoring.benchmark_opt_in where code = ?",
				published, code));
	}

	@Override
	@Transactional(readOnly = true)
	public BenchmarkComparison compare(String code, int year) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, Measurements.READ_SCOPE);
		Tenant own = tenants.current();
		String rule = publication.ruleOf(code).map(Normalisation::rule).orElse(null);
		SizeClass sizeClass = SizeClass.of(BenchmarkPublication.populationOf(own));
		// PostgreSQL aggregates (changeset 008): four groups in the order ALL, BUNDESLAND, KIND, SIZE_CLASS.
		Result<Record> groups = dsl.fetch("select * from monitoring.benchmark_distribution(?, ?, ?)", code, year, sizeClass.name());
		List<BenchmarkComparison.YearPoint> series = dsl.fetch("select * from monitoring.benchmark_series(?)", code)
			.map(BenchmarkComparisons::yearPoint);
		AUDIT.info("Benchmark of {} read for tenant {} by {}", code, own.id(), AccessControl.actor().orElse("?"));
		List<String> labels = List.of("Alle teilnehmenden Kommunen", "Bundesland: " + own.bundesland().label(), "Art: " + own.kind().label(),
				"Größenklasse: " + sizeClass.label());
		List<BenchmarkComparison.Distribution> distributions = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			distributions.add(BenchmarkComparisons.distribution(labels.get(i), groups.get(i)));
		}
		return new BenchmarkComparison(code, year, rule, BenchmarkComparisons.number(groups.getFirst(), "own_value"), distributions.getFirst(),
				List.copyOf(distributions.subList(1, distributions.size())), series);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Coverage> coverage() {
		AccessControl.requirePlatformAdmin();
		AUDIT.info("Benchmark coverage read by {}", AccessControl.actor().orElse("?"));
		return dsl.fetch("""
				select code, year, tenants from monitoring.benchmark_coverage()
				""").map(row -> new Coverage(row.get("code", String.class), row.get("year", Integer.class), row.get("tenants", Integer.class)));
	}

	private static OptIn toOptIn(Record row) {
		return new OptIn(row.get("code", String.class), row.get("share", Boolean.class), row.get("named", Boolean.class),
				row.get("changed_at", OffsetDateTime.class).toInstant(), row.get("published", Integer.class));
	}
}
