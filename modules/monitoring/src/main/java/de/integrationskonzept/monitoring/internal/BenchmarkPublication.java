package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.MEASUREMENT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.domain.Normalisation;
import de.integrationskonzept.monitoring.internal.domain.SizeClass;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Population;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Feeds {@code monitoring.benchmark_value} with the current tenant's shared values. It is called
 * directly, in the same transaction, on an opt-in change and on every stored measurement (rather
 * than by an event after commit), so the shared value can never lag behind or outlive the IST value
 * and an opt-out takes effect with the same commit. It only ever writes through the database
 * functions {@code benchmark_publish}/{@code benchmark_withdraw}, which themselves refuse codes the
 * tenant has not opted in to.
 * <p>
 * Shared are the current values of whole years ({@code 2024}, not half-years or quarters) of every
 * indicator, in any edition, that refers to the catalogue code; if two editions hold a value for
 * the same year, the one entered last counts. Per-inhabitant rules use the population of the tenant
 * registry (one figure with its reference date, the only one the platform keeps) for every year.
 */
@Component
class BenchmarkPublication {

	private static final Logger LOG = LoggerFactory.getLogger(BenchmarkPublication.class);

	private final DSLContext dsl;
	private final IndicatorStructure structure;
	private final IndicatorCatalogue catalogue;
	private final Tenants tenants;

	BenchmarkPublication(DSLContext dsl, IndicatorStructure structure, IndicatorCatalogue catalogue, Tenants tenants) {
		this.dsl = dsl;
		this.structure = structure;
		this.catalogue = catalogue;
		this.tenants = tenants;
	}

	/**
	 * Called after a measurement was stored: publishes that one yearly value if the tenant shares its
	 * code (the value just stored is the latest entered, so it is the one that counts for its year).
	 */
	void measurementChanged(UUID indicatorId, String period, BigDecimal value) {
		if (!period.matches("\\d{4}")) {
			return;
		}
		Set<String> shared = dsl.fetchValues("select code from monitoring.benchmark_opt_in where share").stream().map(String::valueOf)
			.collect(java.util.stream.Collectors.toSet());
		if (shared.isEmpty()) {
			return;
		}
		String code = structure.catalogueCodes().get(indicatorId);
		if (code != null && shared.contains(code)) {
			Tenant tenant = tenants.current();
			publish(code, requireComparable(code), Integer.parseInt(period), value, populationOf(tenant));
		}
	}

	/** The catalogue rule of a code, refusing codes that cannot be compared or need an unknown population. */
	Normalisation requireComparable(String code) {
		CatalogueIndicator entry = readCatalogue(code);
		Normalisation rule = Normalisation.of(entry.normalisation()).orElseThrow(() -> new MonitoringProblems.Invalid(Map.of("code",
				"Der Katalogindikator „" + code + "“ hat keine Normierung (% oder je 1.000 Einwohner); er kann nicht verglichen werden.")));
		if (rule.needsPopulation() && populationOf(tenants.current()) == null) {
			throw new MonitoringProblems.Invalid(Map.of("code",
					"Für „" + code + "“ (" + rule.rule() + ") wird die Einwohnerzahl der Kommune gebraucht; sie ist nicht hinterlegt."));
		}
		return rule;
	}

	/** The catalogue rule of a code, if it has one the benchmark can apply. */
	Optional<Normalisation> ruleOf(String code) {
		return Normalisation.of(readCatalogue(code).normalisation());
	}

	/** Replaces every shared value of the code by the current ones; answers how many were published. */
	int republish(String code) {
		Normalisation rule = requireComparable(code);
		withdraw(code);
		Tenant tenant = tenants.current();
		Integer population = populationOf(tenant);
		int published = 0;
		for (Map.Entry<Integer, BigDecimal> yearly : currentYearlyValues(code).entrySet()) {
			published += publish(code, rule, yearly.getKey(), yearly.getValue(), population) ? 1 : 0;
		}
		LOG.info("Tenant {} shares {} yearly values of {}", tenant.id(), published, code);
		return published;
	}

	/** Publishes (or replaces) one yearly value, normalised; false when the rule needs a population that is unknown. */
	private boolean publish(String code, Normalisation rule, int year, BigDecimal value, Integer population) {
		Optional<BigDecimal> normalised = rule.apply(value, population);
		if (normalised.isEmpty()) {
			LOG.warn("Benchmark value of {} for {} skipped: no population", code, year);
			return false;
		}
		dsl.fetch("select monitoring.benchmark_publish(?, ?, ?, ?)", code, year, normalised.get(), SizeClass.of(population).name());
		return true;
	}

	/** Removes every value the current tenant shared for the code. */
	int withdraw(String code) {
		return dsl.fetchValue("select monitoring.benchmark_withdraw(?)", code) instanceof Number removed ? removed.intValue() : 0;
	}

	private Map<Integer, BigDecimal> currentYearlyValues(String code) {
		List<UUID> indicators = structure.catalogueCodes().entrySet().stream().filter(entry -> code.equals(entry.getValue()))
			.map(Map.Entry::getKey).toList();
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		if (indicators.isEmpty()) {
			return byYear;
		}
		dsl.select(MEASUREMENT.PERIOD, MEASUREMENT.VALUE).from(MEASUREMENT)
			.where(anyOf(MEASUREMENT.INDICATOR_ID, indicators), MEASUREMENT.SUPERSEDED_AT.isNull(), MEASUREMENT.PERIOD.likeRegex("^[0-9]{4}$"))
			.orderBy(MEASUREMENT.ENTERED_AT)
			.forEach(row -> byYear.put(Integer.parseInt(row.value1()), row.value2()));
		return byYear;
	}

	private CatalogueIndicator readCatalogue(String code) {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> catalogue.get(code));
	}

	static Integer populationOf(Tenant tenant) {
		Population population = tenant.population();
		return population == null || population.count() <= 0 ? null : population.count();
	}
}
