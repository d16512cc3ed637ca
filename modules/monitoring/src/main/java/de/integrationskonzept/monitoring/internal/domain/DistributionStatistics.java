package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Five-number summary of a group's values: quartiles by linear interpolation between the
 * sorted values (as spreadsheets' QUARTIL.INKL), and a value's percentile rank as the share of
 * values below it, ties counting half.
 */
public record DistributionStatistics(int n, BigDecimal min, BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal max) {

	private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

	public static DistributionStatistics of(List<BigDecimal> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no values");
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		return new DistributionStatistics(sorted.size(), sorted.getFirst(), quantile(sorted, 0.25), quantile(sorted, 0.5),
				quantile(sorted, 0.75), sorted.getLast());
	}

	static BigDecimal quantile(List<BigDecimal> sorted, double p) {
		BigDecimal position = BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(sorted.size() - 1L));
		int lower = position.intValue();
		BigDecimal fraction = position.subtract(BigDecimal.valueOf(lower));
		if (lower + 1 >= sorted.size() || fraction.signum() == 0) {
			return sorted.get(lower).stripTrailingZeros();
		}
		BigDecimal step = sorted.get(lower + 1).subtract(sorted.get(lower)).multiply(fraction);
		return sorted.get(lower).add(step).round(PRECISION).stripTrailingZeros();
	}

	/** Percent of {@code values} below {@code own}, equal values counting half; 0–100, one decimal. */
	public static BigDecimal percentileOf(BigDecimal own, List<BigDecimal> values) {
		long below = values.stream().filter(value -> value.compareTo(own) < 0).count();
		long equal = values.stream().filter(value -> value.compareTo(own) == 0).count();
		return BigDecimal.valueOf(below * 2 + equal).multiply(BigDecimal.valueOf(50))
			.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
	}
}
