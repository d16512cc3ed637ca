package de.integrationskonzept.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.monitoring.BenchmarkTestData.TestTenant;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;

/**
 * Cross-city benchmarking on real PostgreSQL: nothing is shared without opt-in, opting out removes
 * the values, per-inhabitant normalisation, the minimum group of five, named versus anonymous
 * tenants, and row-level security still guarding every tenant's own data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BenchmarkTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired ConceptEditions editions;
	@Autowired IndicatorCatalogue catalogue;
	@Autowired Measurements measurements;
	@Autowired Benchmarks benchmarks;
	@Autowired org.springframework.core.env.Environment environment;

	private BenchmarkTestData data;

	@BeforeEach
	void testData() {
		data = new BenchmarkTestData(jdbc, tenantScope, editions, catalogue, measurements, benchmarks);
	}

	@AfterEach
	void suspendTestTenants() {
		data.close();
	}

	/** Five tenants sharing {@code code} with values 10, 20, 30, 40, 50 for 2024. */
	private List<TestTenant> fiveSharing(String code, boolean firstNamed) {
		List<TestTenant> sharing = data.tenants(5, 20_000);
		for (int i = 0; i < sharing.size(); i++) {
			data.record(sharing.get(i), code, 2024, String.valueOf((i + 1) * 10));
			data.optIn(sharing.get(i), code, true, firstNamed && i == 0);
		}
		return sharing;
	}

	/** The shared table's rows of a code, read as the schema owner (the application role has no privilege on it). */
	private List<Map<String, Object>> shared(String code) {
		return BenchmarkTestData.shared(environment, code);
	}

	@Test
	void aValueOfAnIndicatorNotOptedInNeverAppearsInAnyBenchmarkOutput() throws Exception {
		String code = data.catalogueCode("%");
		String other = data.catalogueCode("%");
		List<TestTenant> sharing = fiveSharing(code, false);
		TestTenant silent = data.tenant(20_000);
		data.record(silent, code, 2024, "999");
		data.record(sharing.getFirst(), other, 2024, "777");
		data.optIn(silent, code, false, true);

		BenchmarkComparison comparison = data.compare(silent, code, 2024);
		assertThat(comparison.ownValue()).isNull();
		assertThat(comparison.all().n()).isEqualTo(5);
		assertThat(comparison.all().max()).isEqualByComparingTo("50");
		assertThat(comparison.series()).allSatisfy(point -> assertThat(point.n()).isEqualTo(5));
		assertThat(shared(code)).extracting(row -> row.get("ags")).doesNotContain(silent.ags()).hasSize(5);
		assertThat(shared(code)).extracting(row -> ((BigDecimal) row.get("value")).intValue()).containsExactlyInAnyOrder(10, 20, 30, 40, 50);
		assertThat(shared(other)).isEmpty();
		assertThat(data.compare(sharing.getFirst(), other, 2024).all().n()).isZero();
		String coverage = mvc.perform(get("/api/admin/benchmark/coverage").with(jwt().authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(coverage).contains("{\"code\":\"" + code + "\",\"year\":2024,\"tenants\":5}").doesNotContain(other);
		// The publishing function itself refuses a code the current tenant has not opted in to.
		assertThatThrownBy(() -> data.asAdmin(silent, () -> transactions.execute(status ->
				jdbc.queryForList("select monitoring.benchmark_publish(?, 2024, 1, 'KLEINSTADT')", other)))).hasStackTraceContaining("not opted in");
	}

	@Test
	void aMeasurementChangedAfterOptingInIsSharedAndOptingOutRemovesEveryValue() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = fiveSharing(code, false);
		TestTenant last = sharing.getLast();
		data.record(last, code, 2023, "45");
		assertThat(shared(code)).filteredOn(row -> row.get("ags").equals(last.ags())).hasSize(2);

		data.optIn(last, code, false, false);

		assertThat(shared(code)).extracting(row -> row.get("ags")).doesNotContain(last.ags()).hasSize(4);
		BenchmarkComparison comparison = data.compare(last, code, 2024);
		assertThat(comparison.ownValue()).isNull();
		assertThat(comparison.all().enough()).isFalse();
	}

	@Test
	void fourTenantsGiveNoStatisticAndFiveDo() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = data.tenants(5, 20_000);
		for (int i = 0; i < 4; i++) {
			data.record(sharing.get(i), code, 2024, String.valueOf((i + 1) * 10));
			data.optIn(sharing.get(i), code, true, true);
		}
		BenchmarkComparison four = data.compare(sharing.getFirst(), code, 2024);
		assertThat(four.all().enough()).isFalse();
		assertThat(four.all().message()).isEqualTo("zu wenige Kommunen für einen Vergleich");
		assertThat(four.all().median()).isNull();
		assertThat(four.all().min()).isNull();
		assertThat(four.all().namedPoints()).isEmpty();
		assertThat(four.series()).singleElement().satisfies(point -> assertThat(point.median()).isNull());

		data.record(sharing.get(4), code, 2024, "50");
		data.optIn(sharing.get(4), code, true, false);
		BenchmarkComparison five = data.compare(sharing.getFirst(), code, 2024);
		assertThat(five.all().enough()).isTrue();
		assertThat(five.all().n()).isEqualTo(5);
		assertThat(five.all().min()).isEqualByComparingTo("10");
		assertThat(five.all().q1()).isEqualByComparingTo("20");
		assertThat(five.all().median()).isEqualByComparingTo("30");
		assertThat(five.all().q3()).isEqualByComparingTo("40");
		assertThat(five.all().max()).isEqualByComparingTo("50");
		assertThat(five.ownValue()).isEqualByComparingTo("10");
		assertThat(five.all().ownPercentile()).isEqualByComparingTo("10");
		assertThat(five.peerGroups()).extracting(BenchmarkComparison.Distribution::group)
			.containsExactly("Bundesland: Hessen", "Art: Gemeinde", "Größenklasse: Mittelstadt (20.000 bis unter 100.000)");
		assertThat(five.peerGroups()).allSatisfy(group -> assertThat(group.n()).isEqualTo(5));
	}

	/**
	 * The statistics PostgreSQL computes follow the documented rule on a known set: quartiles by linear
	 * interpolation (QUARTIL.INKL of 10, 20.5, 30, 30, 50, 65: 22.875, 30, 45), the percentile rank
	 * counting ties half ((2 below + 2 equal / 2) of 6 = 50 %), the median over time, and decimals kept.
	 */
	@Test
	void theDatabaseComputesQuartilesAndPercentileRanksAsDocumented() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = data.tenants(6, 20_000);
		List<String> values = List.of("30", "10", "65", "20.5", "50", "30");
		for (int i = 0; i < sharing.size(); i++) {
			data.record(sharing.get(i), code, 2024, values.get(i));
			data.record(sharing.get(i), code, 2023, String.valueOf(i + 1));
			data.optIn(sharing.get(i), code, true, false);
		}
		TestTenant outsider = data.tenant(20_000);
		data.record(outsider, code, 2024, "12.5");

		BenchmarkComparison comparison = data.compare(sharing.getFirst(), code, 2024);
		assertThat(comparison.ownValue()).isEqualByComparingTo("30");
		for (BenchmarkComparison.Distribution group : List.of(comparison.all(), comparison.peerGroups().get(0), comparison.peerGroups().get(2))) {
			assertThat(group.n()).isEqualTo(6);
			assertThat(group.min()).isEqualByComparingTo("10");
			assertThat(group.q1()).isEqualByComparingTo("22.875");
			assertThat(group.median()).isEqualByComparingTo("30");
			assertThat(group.q3()).isEqualByComparingTo("45");
			assertThat(group.max()).isEqualByComparingTo("65");
			assertThat(group.ownPercentile()).isEqualByComparingTo("50");
		}
		assertThat(data.compare(sharing.get(1), code, 2024).all().ownPercentile()).isEqualByComparingTo("8.3");
		assertThat(data.compare(sharing.get(2), code, 2024).all().ownPercentile()).isEqualByComparingTo("91.7");
		assertThat(comparison.series()).extracting(BenchmarkComparison.YearPoint::year).containsExactly(2023, 2024);
		assertThat(comparison.series().getFirst().median()).isEqualByComparingTo("3.5");
		assertThat(comparison.series().getFirst().ownValue()).isEqualByComparingTo("1");
		assertThat(comparison.series().getLast().median()).isEqualByComparingTo("30");
		// A tenant that does not share sees the group without itself and has no value nor rank in it.
		BenchmarkComparison outside = data.compare(outsider, code, 2024);
		assertThat(outside.ownValue()).isNull();
		assertThat(outside.all().n()).isEqualTo(6);
		assertThat(outside.all().ownPercentile()).isNull();
		assertThat(outside.series()).allSatisfy(point -> assertThat(point.ownValue()).isNull());
	}

	@Test
	void theAggregatingFunctionsFailClosedWithoutATenantAndGiveNothingForFewerThanFive() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = data.tenants(4, 20_000);
		for (int i = 0; i < sharing.size(); i++) {
			data.record(sharing.get(i), code, 2024, String.valueOf(i));
			data.optIn(sharing.get(i), code, true, true);
		}
		// Called directly by the application role, not only through the service: below five, only n.
		List<Map<String, Object>> rows = tenantScope.callAs(sharing.getFirst().id(), () -> transactions.execute(status ->
				jdbc.queryForList("select * from monitoring.benchmark_distribution(?, 2024, 'MITTELSTADT')", code)));
		assertThat(rows).extracting(row -> row.get("group_key")).containsExactly("ALL", "BUNDESLAND", "KIND", "SIZE_CLASS");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("members")).isEqualTo(4);
			assertThat(row).extractingByKeys("minimum", "lower_quartile", "median_value", "upper_quartile", "maximum", "own_percentile")
				.containsOnlyNulls();
			assertThat(row.get("named_names").toString()).isEqualTo("{}");
		});
		List<Map<String, Object>> series = tenantScope.callAs(sharing.getFirst().id(), () -> transactions.execute(status ->
				jdbc.queryForList("select * from monitoring.benchmark_series(?)", code)));
		assertThat(series).singleElement()
			.satisfies(row -> assertThat(row.get("median_value")).isNull());
		assertThatThrownBy(() -> transactions.execute(status ->
				jdbc.queryForList("select * from monitoring.benchmark_distribution(?, 2024, 'MITTELSTADT')", code)))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThatThrownBy(() -> transactions.execute(status -> jdbc.queryForList("select * from monitoring.benchmark_series(?)", code)))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
	}

	@Test
	void valuesPerThousandInhabitantsAreDividedByThePopulation() {
		String code = data.catalogueCode("je 1.000 Einwohner");
		TestTenant town = data.tenant(20_000);
		data.record(town, code, 2024, "50");
		Benchmarks.OptIn optIn = data.optIn(town, code, true, false);

		assertThat(optIn.published()).isEqualTo(1);
		assertThat(shared(code)).singleElement().satisfies(row -> {
			assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("2.5");
			assertThat(row.get("size_class")).isEqualTo("MITTELSTADT");
		});
		TestTenant unknown = data.tenant(null);
		data.record(unknown, code, 2024, "50");
		assertThatThrownBy(() -> data.optIn(unknown, code, true, false)).isInstanceOf(MonitoringProblems.Invalid.class)
			.hasMessageContaining("Einwohnerzahl");
		assertThat(shared(code)).hasSize(1);
	}

	@Test
	void onlyTenantsThatAgreedAppearByNameAndNamedPointsAreOrderedByNameNotValue() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = fiveSharing(code, true);
		data.optIn(sharing.get(3), code, true, true);

		BenchmarkComparison comparison = data.compare(sharing.get(2), code, 2024);
		List<String> expected = List.of(sharing.get(0).name(), sharing.get(3).name()).stream().sorted().toList();
		assertThat(comparison.all().namedPoints()).extracting(BenchmarkComparison.NamedPoint::name).containsExactlyElementsOf(expected);
		assertThat(shared(code)).filteredOn(row -> row.get("display_name") != null).hasSize(2);
		assertThat(comparison.all().ownPercentile()).isEqualByComparingTo("50");
	}

	@Test
	void theApplicationRoleStillCannotReadOtherTenantsMeasurementsNorTheBenchmarkTableItself() {
		String code = data.catalogueCode("%");
		TestTenant a = data.tenant(20_000);
		TestTenant b = data.tenant(20_000);
		data.record(a, code, 2024, "10");
		data.record(b, code, 2024, "20");
		data.optIn(b, code, true, true);

		Integer foreign = tenantScopeCount(a, "select count(*) from monitoring.measurement where tenant_id = '" + b.id().value() + "'");
		Integer own = tenantScopeCount(a, "select count(*) from monitoring.measurement where tenant_id = '" + a.id().value() + "'");
		assertThat(foreign).isZero();
		assertThat(own).isEqualTo(1);
		assertThatThrownBy(() -> tenantScopeCount(a, "select count(*) from monitoring.benchmark_value")).hasStackTraceContaining("permission denied for table benchmark_value");
		assertThatThrownBy(() -> tenantScopeCount(a, "delete from monitoring.benchmark_value returning 1")).hasStackTraceContaining("permission denied for table benchmark_value");
		// Withdrawing as tenant A removes nothing of B's.
		data.asAdmin(a, () -> transactions.execute(status -> jdbc.queryForObject("select monitoring.benchmark_withdraw(?)", Integer.class, code)));
		assertThat(shared(code)).hasSize(1);
	}

	private Integer tenantScopeCount(TestTenant tenant, String sql) {
		return tenantScope.callAs(tenant.id(), () -> transactions.execute(status -> jdbc.queryForObject(sql, Integer.class)));
	}

	@Test
	void anotherTenantsTokenCannotChangeMyOptInAndOnlyPlatformAdminsSeeCoverage() throws Exception {
		String code = data.catalogueCode("%");
		TestTenant mine = data.tenant(20_000);
		TestTenant theirs = data.tenant(20_000);
		data.record(mine, code, 2024, "10");
		data.optIn(mine, code, true, false);

		MvcResult foreign = mvc.perform(put("/api/" + mine.slug() + "/benchmark/opt-ins/" + code)
			.with(jwt().authorities(TenantAuthority.of(theirs.id(), TenantRole.TENANT_ADMIN))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"share\":false,\"named\":false}")).andReturn();
		assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
		MvcResult editor = mvc.perform(put("/api/" + mine.slug() + "/benchmark/opt-ins/" + code)
			.with(jwt().authorities(TenantAuthority.of(mine.id(), TenantRole.EDITOR))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"share\":false,\"named\":false}")).andReturn();
		assertThat(editor.getResponse().getStatus()).isEqualTo(403);
		assertThat(shared(code)).hasSize(1);

		MvcResult own = mvc.perform(put("/api/" + mine.slug() + "/benchmark/opt-ins/" + code)
			.with(jwt().authorities(TenantAuthority.of(mine.id(), TenantRole.TENANT_ADMIN))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"share\":false,\"named\":false}")).andReturn();
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		assertThat(shared(code)).isEmpty();
		assertThat(mvc.perform(get("/api/" + mine.slug() + "/benchmark/comparisons/" + code + "?year=2024")
			.with(jwt().authorities(TenantAuthority.of(theirs.id(), TenantRole.TENANT_ADMIN)))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/api/" + mine.slug() + "/benchmark/comparisons/" + code + "?year=2024")
			.with(jwt().authorities(TenantAuthority.of(mine.id(), TenantRole.CONTRIBUTOR)))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("zu wenige Kommunen für einen Vergleich");
		assertThat(mvc.perform(get("/api/admin/benchmark/coverage").with(jwt().authorities(TenantAuthority.of(mine.id(), TenantRole.TENANT_ADMIN))))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}
}
