package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An indicator of a concept edition with its values: the latest IST, the SOLL for that period,
 * status and trend, and the series of IST and SOLL per period for tables and charts.
 * @param goalId the goal the indicator belongs to
 * @param fieldName the Handlungsfeld (German name)
 */
public record IndicatorProgress(UUID indicatorId, UUID goalId, String fieldName, String goalTitle, String name, String unit,
		String direction, String catalogueCode, BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue, Integer targetYear,
		Measurement latest, BigDecimal expectedForLatest, IndicatorStatus status, Trend trend, List<Point> series) {

	public IndicatorProgress {
		series = series == null ? List.of() : List.copyOf(series);
	}

	/** One period: the measured value (null if none) and the target for it (null without target path). */
	public record Point(Period period, BigDecimal actual, BigDecimal target) {
	}
}
