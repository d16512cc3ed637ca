package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import de.integrationskonzept.monitoring.Period;

/**
 * The SOLL path of an indicator: straight lines between its anchors — the baseline, the explicit
 * targets of single years, and the target value in the target year. A year-period sits at its
 * year; a half-year or quarter at the fraction of that year it ends in, so {@code 2023-H1} lies
 * halfway between 2022 and 2023 (values stand for the end of their period). Before the first
 * anchor there is no expectation; after the last one the target holds.
 */
public final class TargetPath {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final NavigableMap<Double, BigDecimal> anchors;

	private TargetPath(NavigableMap<Double, BigDecimal> anchors) {
		this.anchors = anchors;
	}

	/**
	 * A path exists when there is a target value with its year and at least one other anchor
	 * (a baseline or an explicit target of an earlier year).
	 */
	public static TargetPath of(BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue, Integer targetYear,
			Map<Integer, BigDecimal> explicitTargets) {
		NavigableMap<Double, BigDecimal> anchors = new TreeMap<>();
		if (baselineValue != null && baselineYear != null) {
			anchors.put(baselineYear.doubleValue(), baselineValue);
		}
		explicitTargets.forEach((year, value) -> anchors.put(year.doubleValue(), value));
		if (targetValue != null && targetYear != null) {
			anchors.put(targetYear.doubleValue(), targetValue);
		}
		return new TargetPath(anchors);
	}

	public boolean exists() {
		return anchors.size() >= 2;
	}

	/** The expected value at the end of the period, or null before the path begins (or without path). */
	public BigDecimal expectedAt(Period period) {
		if (!exists()) {
			return null;
		}
		double x = period.year() - 1 + period.endOfYearFraction();
		var exact = anchors.get(x);
		if (exact != null) {
			return exact;
		}
		var before = anchors.floorEntry(x);
		var after = anchors.ceilingEntry(x);
		if (before == null) {
			return null;
		}
		if (after == null) {
			return anchors.lastEntry().getValue();
		}
		BigDecimal share = BigDecimal.valueOf((x - before.getKey()) / (after.getKey() - before.getKey()));
		return before.getValue().add(after.getValue().subtract(before.getValue()).multiply(share, PRECISION), PRECISION);
	}

	/** The span the status rule measures gaps against: distance from first to last anchor, never zero. */
	public BigDecimal scale() {
		if (!exists()) {
			return BigDecimal.ONE;
		}
		BigDecimal span = anchors.lastEntry().getValue().subtract(anchors.firstEntry().getValue()).abs();
		if (span.signum() != 0) {
			return span;
		}
		BigDecimal target = anchors.lastEntry().getValue().abs();
		return target.signum() != 0 ? target : BigDecimal.ONE;
	}

	public BigDecimal finalTarget() {
		return anchors.isEmpty() ? null : anchors.lastEntry().getValue();
	}
}
