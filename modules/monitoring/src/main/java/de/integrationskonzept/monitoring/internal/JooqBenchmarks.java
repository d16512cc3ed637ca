package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
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
 * Opt-ins and comparisons. Other tenants' values are read only from the view
 * function {@code monitoring.benchmark_shared_values}, which returns nothing but opted-in, normalised values; every
 * read is logged with who asked (the audit trail of the cross-tenant path).
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
				select o.code, o.share, o.named, o.changed_at,
				       (select count(*) from monitoring.benchmark_shared_values(o.code) s where s.ags = ?) as published
				from monitoring.benchmark_opt_in o order by o.code
				""", tenants.current().ags().value()).map(JooqBenchmarks::toOptIn);
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
		List<SharedValue> values = dsl.fetch("""
				select ags, year, value, tenant_kind, bundesland, size_class, display_name
				from monitoring.benchmark_shared_values(?)
				""", code).map(JooqBenchmarks::toSharedValue);
		AUDIT.info("Benchmark of {} read for tenant {} by {}", code, own.id(), AccessControl.actor().orElse("?"));
		String sizeClass = SizeClass.of(BenchmarkPublication.populationOf(own)).name();
		return BenchmarkComparisons.of(code, year, rule, own.ags().value(), own.bundesland().name(), own.bundesland().label(),
				own.kind().name(), own.kind().label(), sizeClass, SizeClass.valueOf(sizeClass).label(), values);
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

	private static SharedValue toSharedValue(Record row) {
		return new SharedValue(row.get("ags", String.class), row.get("year", Integer.class), row.get("value", BigDecimal.class),
				row.get("tenant_kind", String.class), row.get("bundesland", String.class), row.get("size_class", String.class),
				row.get("display_name", String.class));
	}

	/** One row of the shared view. */
	record SharedValue(String ags, int year, BigDecimal value, String kind, String bundesland, String sizeClass, String displayName) {
	}
}
