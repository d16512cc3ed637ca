package de.integrationskonzept.monitoring.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.monitoring.IndicatorStatus;
import de.integrationskonzept.monitoring.Period;
import de.integrationskonzept.monitoring.Trend;
import de.integrationskonzept.monitoring.internal.domain.StatusRule.Direction;

class StatusRuleTests {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** Baseline 40 % in 2020, target 60 % in 2025: 4 points per year. */
	private final TargetPath path = TargetPath.of(d("40"), 2020, d("60"), 2025, Map.of());

	@Test
	void pathIsAStraightLineFromBaselineToTarget() {
		assertThat(path.expectedAt(Period.ofYear(2020))).isEqualByComparingTo("40");
		assertThat(path.expectedAt(Period.ofYear(2023))).isEqualByComparingTo("52");
		assertThat(path.expectedAt(Period.parseOrNull("2023-H1"))).isEqualByComparingTo("50");
		assertThat(path.expectedAt(Period.ofYear(2027))).as("target holds after the target year").isEqualByComparingTo("60");
		assertThat(path.expectedAt(Period.ofYear(2019))).as("nothing expected before the baseline").isNull();
	}

	@Test
	void explicitTargetsBendThePath() {
		TargetPath bent = TargetPath.of(d("40"), 2020, d("60"), 2025, Map.of(2022, d("41")));
		assertThat(bent.expectedAt(Period.ofYear(2021))).isEqualByComparingTo("40.5");
		assertThat(bent.expectedAt(Period.ofYear(2022))).isEqualByComparingTo("41");
		assertThat(bent.expectedAt(Period.ofYear(2024))).isEqualByComparingTo(d("41").add(d("19").multiply(d("2")).divide(d("3"), java.math.MathContext.DECIMAL64)));
	}

	@Test
	void increasingIndicatorIsOnTrackAtRiskOrOffTrackByItsGap() {
		BigDecimal expected = path.expectedAt(Period.ofYear(2023));
		assertThat(StatusRule.status(Direction.INCREASE, d("52"), expected, path)).isEqualTo(IndicatorStatus.AUF_KURS);
		assertThat(StatusRule.status(Direction.INCREASE, d("55"), expected, path)).isEqualTo(IndicatorStatus.AUF_KURS);
		assertThat(StatusRule.status(Direction.INCREASE, d("47"), expected, path)).as("5 of 20 behind: exactly a quarter")
			.isEqualTo(IndicatorStatus.GEFAEHRDET);
		assertThat(StatusRule.status(Direction.INCREASE, d("46.9"), expected, path)).isEqualTo(IndicatorStatus.NICHT_AUF_KURS);
	}

	@Test
	void decreasingIndicatorJudgesTheOtherWay() {
		TargetPath down = TargetPath.of(d("12"), 2020, d("8"), 2024, Map.of());
		BigDecimal expected = down.expectedAt(Period.ofYear(2022));
		assertThat(expected).isEqualByComparingTo("10");
		assertThat(StatusRule.status(Direction.DECREASE, d("9.5"), expected, down)).isEqualTo(IndicatorStatus.AUF_KURS);
		assertThat(StatusRule.status(Direction.DECREASE, d("11"), expected, down)).isEqualTo(IndicatorStatus.GEFAEHRDET);
		assertThat(StatusRule.status(Direction.DECREASE, d("11.5"), expected, down)).isEqualTo(IndicatorStatus.NICHT_AUF_KURS);
	}

	@Test
	void maintainedIndicatorIsJudgedByItsDeviationFromTheTarget() {
		TargetPath hold = TargetPath.of(d("100"), 2020, d("100"), 2025, Map.of());
		assertThat(StatusRule.status(Direction.MAINTAIN, d("96"), null, hold)).isEqualTo(IndicatorStatus.AUF_KURS);
		assertThat(StatusRule.status(Direction.MAINTAIN, d("88"), null, hold)).isEqualTo(IndicatorStatus.GEFAEHRDET);
		assertThat(StatusRule.status(Direction.MAINTAIN, d("80"), null, hold)).isEqualTo(IndicatorStatus.NICHT_AUF_KURS);
	}

	@Test
	void withoutTargetOrDataTheStatusSaysSo() {
		TargetPath none = TargetPath.of(d("40"), 2020, null, null, Map.of());
		assertThat(StatusRule.status(Direction.INCREASE, d("50"), null, none)).isEqualTo(IndicatorStatus.OHNE_ZIEL);
		assertThat(StatusRule.status(Direction.INCREASE, null, d("50"), path)).isEqualTo(IndicatorStatus.KEINE_DATEN);
	}

	@Test
	void trendFollowsTheDesiredDirection() {
		assertThat(StatusRule.trend(Direction.INCREASE, d("40"), d("42"), null)).isEqualTo(Trend.VERBESSERT);
		assertThat(StatusRule.trend(Direction.DECREASE, d("40"), d("42"), null)).isEqualTo(Trend.VERSCHLECHTERT);
		assertThat(StatusRule.trend(Direction.MAINTAIN, d("90"), d("102"), d("100"))).isEqualTo(Trend.VERBESSERT);
		assertThat(StatusRule.trend(Direction.INCREASE, d("40"), d("40.0"), null)).isEqualTo(Trend.UNVERAENDERT);
		assertThat(StatusRule.trend(Direction.INCREASE, null, d("40"), null)).isEqualTo(Trend.UNBEKANNT);
	}

	@Test
	void periodsParseOrderAndPrint() {
		assertThat(Period.parseOrNull("2023-Q3")).hasToString("2023-Q3");
		assertThat(Period.parseOrNull("2023-H3")).isNull();
		assertThat(Period.parseOrNull("23")).isNull();
		assertThat(Period.parseOrNull("2023-H1")).isLessThan(Period.ofYear(2023));
		assertThat(Period.ofYear(2022)).isLessThan(Period.parseOrNull("2023-Q1"));
	}
}
