package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import de.integrationskonzept.monitoring.BenchmarkComparison;
import de.integrationskonzept.monitoring.BenchmarkComparison.Distribution;
import de.integrationskonzept.monitoring.BenchmarkComparison.NamedPoint;
import de.integrationskonzept.monitoring.Benchmarks;
import de.integrationskonzept.monitoring.internal.JooqBenchmarks.SharedValue;
import de.integrationskonzept.monitoring.internal.domain.DistributionStatistics;

/**
 * Builds a comparison from the shared values of one code: the whole group and the peer groups of
 * the own tenant for a year, and the own value against the median over the years. Groups smaller
 * than {@link Benchmarks#MINIMUM_GROUP} get no statistic and no named points at all.
 */
final class BenchmarkComparisons {

	private BenchmarkComparisons() {
	}

	static BenchmarkComparison of(String code, int year, String rule, String ownAgs, String land, String landLabel, String kind,
			String kindLabel, String sizeClass, String sizeClassLabel, List<SharedValue> shared) {
		List<SharedValue> ofYear = shared.stream().filter(value -> value.year() == year).toList();
		BigDecimal own = ofYear.stream().filter(value -> value.ags().equals(ownAgs)).map(SharedValue::value).findFirst().orElse(null);
		Distribution all = distribution("Alle teilnehmenden Kommunen", ofYear, own);
		List<Distribution> peers = List.of(
				distribution("Bundesland: " + landLabel, only(ofYear, value -> value.bundesland().equals(land)), own),
				distribution("Art: " + kindLabel, only(ofYear, value -> value.kind().equals(kind)), own),
				distribution("Größenklasse: " + sizeClassLabel, only(ofYear, value -> value.sizeClass().equals(sizeClass)), own));
		return new BenchmarkComparison(code, year, rule, own, all, peers, series(shared, ownAgs));
	}

	private static List<SharedValue> only(List<SharedValue> values, Predicate<SharedValue> condition) {
		return values.stream().filter(condition).toList();
	}

	static Distribution distribution(String group, List<SharedValue> values, BigDecimal own) {
		if (values.size() < Benchmarks.MINIMUM_GROUP) {
			return new Distribution(group, values.size(), false, Benchmarks.TOO_FEW, null, null, null, null, null, null, List.of());
		}
		List<BigDecimal> numbers = values.stream().map(SharedValue::value).toList();
		DistributionStatistics stats = DistributionStatistics.of(numbers);
		// Named points are ordered by name so that no ranking of cities can be read off the list.
		List<NamedPoint> named = values.stream().filter(value -> value.displayName() != null)
			.map(value -> new NamedPoint(value.displayName(), value.value()))
			.sorted(Comparator.comparing(NamedPoint::name)).toList();
		return new Distribution(group, stats.n(), true, null, stats.min(), stats.q1(), stats.median(), stats.q3(), stats.max(),
				own == null ? null : DistributionStatistics.percentileOf(own, numbers), named);
	}

	private static List<BenchmarkComparison.YearPoint> series(List<SharedValue> shared, String ownAgs) {
		Map<Integer, List<SharedValue>> byYear = new TreeMap<>();
		shared.forEach(value -> byYear.computeIfAbsent(value.year(), year -> new ArrayList<>()).add(value));
		List<BenchmarkComparison.YearPoint> points = new ArrayList<>();
		byYear.forEach((year, values) -> {
			BigDecimal own = values.stream().filter(value -> value.ags().equals(ownAgs)).map(SharedValue::value).findFirst().orElse(null);
			BigDecimal median = values.size() < Benchmarks.MINIMUM_GROUP ? null
					: DistributionStatistics.of(values.stream().map(SharedValue::value).toList()).median();
			points.add(new BenchmarkComparison.YearPoint(year, own, values.size(), median));
		});
		return points;
	}
}
