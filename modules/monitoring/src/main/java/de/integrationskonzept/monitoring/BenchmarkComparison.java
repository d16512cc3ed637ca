package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The current tenant's normalised value of a catalogue indicator in one year, placed in the
 * distribution of all sharing tenants and of its peer groups, and the series over the years.
 * Other tenants never appear as a ranked list: only as the anonymous statistics of a group and,
 * if they opted in to be named, as named points ordered by name.
 *
 * @param ownValue null when the tenant shares no value for the year
 */
public record BenchmarkComparison(String code, int year, String normalisation, BigDecimal ownValue, Distribution all,
		List<Distribution> peerGroups, List<YearPoint> series) {

	/**
	 * One group's distribution. With fewer than {@link Benchmarks#MINIMUM_GROUP} tenants, {@code enough}
	 * is false, {@code message} says {@link Benchmarks#TOO_FEW} and every statistic is null.
	 *
	 * @param group         e.g. {@code Alle teilnehmenden Kommunen}, {@code Bundesland: Hessen}
	 * @param ownPercentile share of the group's values below the own value (ties count half), in percent
	 * @param namedPoints   values of tenants that agreed to be named, ordered by name (never by value)
	 */
	public record Distribution(String group, int n, boolean enough, String message, BigDecimal min, BigDecimal q1,
			BigDecimal median, BigDecimal q3, BigDecimal max, BigDecimal ownPercentile, List<NamedPoint> namedPoints) {
	}

	public record NamedPoint(String name, BigDecimal value) {
	}

	/** @param median null when fewer than the minimum group shared a value that year */
	public record YearPoint(int year, BigDecimal ownValue, int n, BigDecimal median) {
	}
}
