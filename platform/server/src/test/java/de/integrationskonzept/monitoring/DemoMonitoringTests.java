package de.integrationskonzept.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The demo tenants' monitoring (ik.demo.monitoring-import, on in tests as locally): example values over
 * several years for all five, Börde's IST/SOLL comparison with mixed statuses, measure progress,
 * Dietzenbach's funded projects with evaluations, and two catalogue indicators all five share, so the
 * benchmark comparison has its minimum group — and loading again changes nothing.
 */
@SpringBootTest
class DemoMonitoringTests {

	static final String SOURCE = "Beispieldaten – keine amtliche Statistik";
	/** The demo editions by tenant (tenants/concepts/*.json). */
	static final Map<String, List<String>> EDITIONS = Map.of(
			"wiesbaden", List.of("1aa46193-781a-450a-a389-0bb67d533684"),
			"duesseldorf", List.of("3f98fb34-c4e7-4d6e-948b-f914312ce955"),
			"dietzenbach", List.of("61f19c32-1591-4f4c-bc67-36a318277fa3"),
			"frankenthal", List.of("84d30529-ec90-4985-9398-104675fa539c", "bd48484b-6013-48ad-b27f-5a01b67747f2"),
			"landkreis-boerde", List.of("485983bf-1ce8-4a20-a308-3d19a1a191ff"));

	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationContext context;
	@Autowired Measurements measurements;
	@Autowired MeasureProgresses progresses;
	@Autowired FundedProjects projects;
	@Autowired Benchmarks benchmarks;
	@Autowired Actors actors;
	@Autowired YearlyReports reports;
	@Autowired PublishedMonitoring published;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private <T> T as(String slug, TenantRole role, Supplier<T> work) {
		return MonitoringCallers.asRole(tenantScope, tenant(slug), role, () -> transactions.execute(status -> work.get()));
	}

	private List<IndicatorProgress> indicators(String slug) {
		return as(slug, TenantRole.CONTRIBUTOR, () -> EDITIONS.get(slug).stream()
			.flatMap(edition -> measurements.progress(EditionId.of(edition)).stream()).toList());
	}

	@Test
	void allFiveHaveValuesForSeveralYearsEveryOneMarkedAsExampleData() {
		for (String slug : EDITIONS.keySet()) {
			List<IndicatorProgress> indicators = indicators(slug);

			assertThat(indicators).as(slug).filteredOn(indicator -> indicator.latest() != null).hasSizeGreaterThanOrEqualTo(3);
			assertThat(indicators).as(slug).filteredOn(indicator -> indicator.series().stream().filter(point -> point.actual() != null)
				.map(point -> point.period().year()).distinct().count() >= 5).isNotEmpty();
			List<Measurement> values = as(slug, TenantRole.CONTRIBUTOR, () -> EDITIONS.get(slug).stream()
				.flatMap(edition -> measurements.progress(EditionId.of(edition)).stream()
					.flatMap(indicator -> measurements.history(EditionId.of(edition), indicator.indicatorId()).stream()))
				.toList());
			assertThat(values).as(slug).isNotEmpty().allSatisfy(value -> {
				assertThat(value.example()).isTrue();
				assertThat(value.enteredVia()).isEqualTo(Measurement.EntryChannel.DEMO);
				assertThat(value.source()).isEqualTo(SOURCE);
				assertThat(value.current()).isTrue();
			});
		}
	}

	@Test
	void boerdeComparesIstWithSollAndItsIndicatorsAreOnTrackAtRiskAndOffTrack() {
		List<IndicatorProgress> indicators = indicators("landkreis-boerde");

		assertThat(indicators).hasSizeGreaterThanOrEqualTo(7).allSatisfy(indicator -> {
			assertThat(indicator.latest()).as(indicator.name()).isNotNull();
			assertThat(indicator.latest().period().toString()).isIn("2025");
			assertThat(indicator.expectedForLatest()).as(indicator.name()).isNotNull();
		});
		assertThat(indicators).extracting(IndicatorProgress::status)
			.contains(IndicatorStatus.AUF_KURS, IndicatorStatus.GEFAEHRDET, IndicatorStatus.NICHT_AUF_KURS)
			.doesNotContain(IndicatorStatus.OHNE_ZIEL, IndicatorStatus.KEINE_DATEN);
		IndicatorProgress waiting = indicators.stream().filter(indicator -> indicator.name().equals("Wartezeit auf einen Integrationskurs"))
			.findFirst().orElseThrow();
		assertThat(waiting.expectedForLatest()).isEqualByComparingTo("12");
		assertThat(waiting.status()).isEqualTo(IndicatorStatus.NICHT_AUF_KURS);
	}

	@Test
	void everyTenantHasProgressOnSomeMeasures() {
		for (String slug : EDITIONS.keySet()) {
			long changed = as(slug, TenantRole.CONTRIBUTOR, () -> EDITIONS.get(slug).stream()
				.flatMap(edition -> progresses.overview(EditionId.of(edition)).measures().stream())
				.filter(measure -> measure.changedAt() != null).count());
			assertThat(changed).as(slug).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void dietzenbachsFundedProjectsHaveCarriersOutputsAndEvaluationsAllMarkedAsExamples() {
		EditionId edition = EditionId.of(EDITIONS.get("dietzenbach").getFirst());
		List<FundedProject> funded = as("dietzenbach", TenantRole.CONTRIBUTOR, () -> projects.list(edition));

		assertThat(funded).hasSize(3).allSatisfy(project -> {
			assertThat(project.title()).endsWith("(Beispieldaten)");
			assertThat(project.description()).startsWith("Beispieldaten:");
			assertThat(project.carrierName()).contains("Beispiel");
			assertThat(project.outputs()).isNotEmpty();
			assertThat(project.evaluations()).isNotEmpty().allSatisfy(evaluation -> {
				assertThat(evaluation.rating()).isBetween(1, 5);
				assertThat(evaluation.text()).startsWith("Beispieldaten:");
			});
		});
		assertThat(funded).flatExtracting(FundedProject::evaluations).extracting(FundedProject.Evaluation::rating).contains(2, 3, 4, 5);
		assertThat(funded.stream().map(FundedProject::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("66500");
	}

	@Test
	void allFiveShareTwoCatalogueIndicatorsSoTheComparisonHasItsMinimumGroup() {
		for (String code : List.of("arbeitslosenquote-auslaender", "schulabgaenger-ohne-abschluss")) {
			BenchmarkComparison comparison = as("wiesbaden", TenantRole.CONTRIBUTOR, () -> benchmarks.compare(code, 2024));

			assertThat(comparison.all().n()).as(code).isEqualTo(5);
			assertThat(comparison.all().enough()).isTrue();
			assertThat(comparison.all().median()).isNotNull();
			assertThat(comparison.ownValue()).isNotNull();
			assertThat(comparison.series()).filteredOn(point -> point.n() == 5).hasSizeGreaterThanOrEqualTo(5);
		}
		BenchmarkComparison unemployment = as("wiesbaden", TenantRole.CONTRIBUTOR, () -> benchmarks.compare("arbeitslosenquote-auslaender", 2024));
		assertThat(unemployment.ownValue()).isEqualByComparingTo("13.8");
		assertThat(unemployment.all().namedPoints()).extracting(BenchmarkComparison.NamedPoint::name)
			.containsExactly("Landeshauptstadt Düsseldorf", "Landeshauptstadt Wiesbaden", "Stadt Frankenthal (Pfalz)");
		for (String slug : EDITIONS.keySet()) {
			assertThat(as(slug, TenantRole.CONTRIBUTOR, () -> benchmarks.optIns())).as(slug)
				.filteredOn(optIn -> optIn.share() && optIn.published() >= 5).hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void everyCatalogueCodeOfTheDemoConceptsIsInTheCatalogue() throws Exception {
		var resolver = new PathMatchingResourcePatternResolver();
		Set<String> catalogue = codes(resolver.getResource("classpath:catalogue/indicators.json"), "\"code\": \"([^\"]+)\"");
		Set<String> used = new TreeSet<>();
		for (Resource concept : resolver.getResources("classpath*:tenants/concepts/*.json")) {
			used.addAll(codes(concept, "\"catalogueCode\": \"([^\"]+)\""));
		}

		assertThat(catalogue).hasSize(19);
		assertThat(used).contains("arbeitslosenquote-auslaender", "schulabgaenger-ohne-abschluss");
		assertThat(catalogue).containsAll(used);
	}

	private static Set<String> codes(Resource resource, String pattern) throws Exception {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = Pattern.compile(pattern).matcher(resource.getContentAsString(StandardCharsets.UTF_8));
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	@Test
	void duesseldorfHasAFrozenAndReleasedYearlyReportMarkedAsExample() {
		YearlyReport.Released report = as("duesseldorf", TenantRole.CONTRIBUTOR, () -> reports.released(2024)).orElseThrow();
		assertThat(report.html()).contains("Beispieldaten", "Bildung");
		YearlyReport stored = as("duesseldorf", TenantRole.CONTRIBUTOR,
				() -> reports.get(EditionId.of(EDITIONS.get("duesseldorf").getFirst()), 2024));
		assertThat(stored.state()).isEqualTo(YearlyReport.State.VEROEFFENTLICHT);
	}

	@Test
	void theValuesOfPublishedEditionsAreReleasedToThePublicSite() {
		for (String slug : EDITIONS.keySet()) {
			for (String edition : EDITIONS.get(slug)) {
				boolean publishedEdition = as(slug, TenantRole.CONTRIBUTOR,
						() -> context.getBean(de.integrationskonzept.concepts.ConceptEditions.class).get(EditionId.of(edition)).status().isPublished());
				assertThat(as(slug, TenantRole.CONTRIBUTOR, () -> published.released(EditionId.of(edition))).isPresent())
					.as("%s %s released exactly when published", slug, edition).isEqualTo(publishedEdition);
			}
		}
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		Map<String, Object> before = counts();

		context.getBean("demoMonitoring", ApplicationRunner.class).run(new DefaultApplicationArguments());

		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Object> counts() {
		Map<String, Object> counts = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("select table_name from information_schema.columns where table_schema = 'monitoring'"
				+ " and column_name = 'tenant_id' order by table_name", String.class);
		for (String slug : new TreeSet<>(EDITIONS.keySet())) {
			for (String table : tables) {
				counts.put(slug + "/" + table, as(slug, TenantRole.EDITOR, () -> jdbc.queryForObject("select count(*) from monitoring." + table,
						Integer.class)));
			}
			counts.put(slug + "/actors", as(slug, TenantRole.EDITOR, () -> actors.list().size()));
			counts.put(slug + "/opt-ins", as(slug, TenantRole.EDITOR, () -> benchmarks.optIns().stream()
				.map(optIn -> optIn.code() + " " + optIn.changedAt() + " " + optIn.published()).toList()));
		}
		return counts;
	}
}
