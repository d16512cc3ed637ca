package de.integrationskonzept.monitoring.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchmarkRulesTests {

	private static List<BigDecimal> values(int... numbers) {
		return java.util.Arrays.stream(numbers).mapToObj(BigDecimal::valueOf).toList();
	}

	@Test
	void quartilesInterpolateBetweenSortedValues() {
		DistributionStatistics stats = DistributionStatistics.of(values(40, 10, 30, 20, 50, 60));
		assertThat(stats.min()).isEqualByComparingTo("10");
		assertThat(stats.q1()).isEqualByComparingTo("22.5");
		assertThat(stats.median()).isEqualByComparingTo("35");
		assertThat(stats.q3()).isEqualByComparingTo("47.5");
		assertThat(stats.max()).isEqualByComparingTo("60");
	}

	@Test
	void percentileCountsValuesBelowAndHalfOfEqualOnes() {
		assertThat(DistributionStatistics.percentileOf(BigDecimal.valueOf(30), values(10, 20, 30, 30, 50))).isEqualByComparingTo("60");
		assertThat(DistributionStatistics.percentileOf(BigDecimal.valueOf(5), values(10, 20, 30, 40, 50))).isEqualByComparingTo("0");
	}

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
