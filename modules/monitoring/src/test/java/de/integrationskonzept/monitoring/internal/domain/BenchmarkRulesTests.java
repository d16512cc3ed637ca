package de.integrationskonzept.monitoring.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The pure benchmark rules. The statistics themselves (quartiles, percentile rank, minimum group)
 * are computed by PostgreSQL and tested on the real database in the server's {@code BenchmarkTests}.
 */
class BenchmarkRulesTests {

	@Test
	void percentValuesStayAndPerInhabitantValuesAreDividedByThePopulation() {
		assertThat(Normalisation.of("%").orElseThrow().apply(new BigDecimal("12.5"), null)).contains(new BigDecimal("12.5"));
		Normalisation perThousand = Normalisation.of("je 1.000 Einwohner").orElseThrow();
		assertThat(perThousand.apply(new BigDecimal("50"), 20_000).orElseThrow()).isEqualByComparingTo("2.5");
		assertThat(perThousand.apply(new BigDecimal("50"), null)).isEmpty();
		assertThat(perThousand.apply(new BigDecimal("50"), 0)).isEmpty();
		assertThat(Normalisation.of("Anzahl")).isEmpty();
		assertThat(Normalisation.of(null)).isEmpty();
	}

	@Test
	void sizeClassesFollowTheBbsrThresholds() {
		assertThat(SizeClass.of(4_999)).isEqualTo(SizeClass.LANDGEMEINDE);
		assertThat(SizeClass.of(5_000)).isEqualTo(SizeClass.KLEINSTADT);
		assertThat(SizeClass.of(20_000)).isEqualTo(SizeClass.MITTELSTADT);
		assertThat(SizeClass.of(100_000)).isEqualTo(SizeClass.GROSSSTADT);
		assertThat(SizeClass.of(null)).isEqualTo(SizeClass.UNBEKANNT);
	}
}
