package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Test tenants (valid Hessian AGS, own population) that record a value of a fresh catalogue
 * indicator and opt in or not, all through the services. {@link #close()} suspends the tenants,
 * so no other test sees them; every test uses its own catalogue code.
 */
final class BenchmarkTestData implements AutoCloseable {

	record TestTenant(TenantId id, String slug, String name, String ags) {
	}

	private final JdbcTemplate jdbc;
	private final TenantScope tenantScope;
	private final ConceptEditions editions;
	private final IndicatorCatalogue catalogue;
	private final Measurements measurements;
	private final Benchmarks benchmarks;
	private final List<TestTenant> created = new ArrayList<>();

	BenchmarkTestData(JdbcTemplate jdbc, TenantScope tenantScope, ConceptEditions editions, IndicatorCatalogue catalogue,
			Measurements measurements, Benchmarks benchmarks) {
		this.jdbc = jdbc;
		this.tenantScope = tenantScope;
		this.editions = editions;
		this.catalogue = catalogue;
		this.measurements = measurements;
		this.benchmarks = benchmarks;
	}

	/**
	 * The shared values of a code as stored, read as the schema owner: the application role has no privilege on the
	 * benchmark table (it reads only aggregates through the security-definer functions).
	 */
	static List<java.util.Map<String, Object>> shared(org.springframework.core.env.Environment environment, String code) {
		var owner = new org.springframework.jdbc.datasource.DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getRequiredProperty("spring.liquibase.password"));
		return new JdbcTemplate(owner).queryForList("select ags::text as ags, year, value, size_class, display_name from monitoring.benchmark_value where code = ?",
				code);
	}

	/** A new catalogue entry with the given normalisation rule; answers its code. */
	String catalogueCode(String normalisation) {
		String code = "bm-" + UUID.randomUUID().toString().substring(0, 8);
		as(List.<GrantedAuthority>of(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN)), () -> catalogue.create(new CatalogueIndicator(code, 1,
				LocalizedText.german("Benchmark-Testindikator"), LocalizedText.german("Nur für Tests"), "Anzahl", normalisation,
				"Testquelle", Edition.Direction.INCREASE, "Test", null)));
		return code;
	}

	TestTenant tenant(Integer population) {
		UUID id = UUID.randomUUID();
		String slug = "bm-" + id.toString().substring(0, 8);
		String ags = "06" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)) + "1";
		String name = "Testgemeinde " + slug;
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status, population, population_as_of)
				values (?, ?, ?, ?, 'GEMEINDE', ?, 'HE', 'ACTIVE', ?, ?)
				""", id, slug, name, name, ags, population, population == null ? null : java.sql.Date.valueOf("2023-12-31"));
		TestTenant tenant = new TestTenant(new TenantId(id), slug, name, ags);
		created.add(tenant);
		return tenant;
	}

	List<TestTenant> tenants(int count, Integer population) {
		List<TestTenant> tenants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tenants.add(tenant(population));
		}
		return tenants;
	}

	/** Imports an edition whose indicator refers to {@code code} and records {@code value} for {@code year}. */
	UUID record(TestTenant tenant, String code, int year, String value) {
		return asAdmin(tenant, () -> {
			Edition edition = editions.importJson(TestEditions.fresh().replace("\"catalogueCode\": null", "\"catalogueCode\": \"" + code + "\""));
			UUID indicator = edition.fields().stream().flatMap(field -> field.goals().stream()).flatMap(Edition.Goal::withSubGoals)
				.flatMap(goal -> goal.indicators().stream()).filter(candidate -> code.equals(candidate.catalogueCode())).findFirst().orElseThrow().id();
			measurements.record(edition.id(), new Measurements.NewMeasurement(indicator, String.valueOf(year), new BigDecimal(value),
					"Testquelle", null, null, Measurement.EntryChannel.FORM));
			return indicator;
		});
	}

	Benchmarks.OptIn optIn(TestTenant tenant, String code, boolean share, boolean named) {
		return asAdmin(tenant, () -> benchmarks.setOptIn(code, share, named));
	}

	BenchmarkComparison compare(TestTenant tenant, String code, int year) {
		return asAdmin(tenant, () -> benchmarks.compare(code, year));
	}

	<T> T asAdmin(TestTenant tenant, Supplier<T> work) {
		return as(List.of(TenantAuthority.of(tenant.id(), TenantRole.TENANT_ADMIN)), () -> tenantScope.callAs(tenant.id(), work));
	}

	static <T> T as(List<GrantedAuthority> authorities, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("benchmark-test@demo.invalid", null, authorities));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	public void close() {
		created.forEach(tenant -> jdbc.update("update platform.tenant set status = 'SUSPENDED' where id = ?", tenant.id().value()));
	}
}
