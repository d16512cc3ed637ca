package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Record;

import de.integrationskonzept.monitoring.BenchmarkComparison.Distribution;
import de.integrationskonzept.monitoring.BenchmarkComparison.NamedPoint;
import de.integrationskonzept.monitoring.BenchmarkComparison.YearPoint;
import de.integrationskonzept.monitoring.Benchmarks;

/**
 * Reads the aggregates PostgreSQL computed ({@code monitoring.benchmark_distribution} and
 * {@code benchmark_series}, changeset 008) into the comparison's records. The functions already
 * leave out every statistic of a group smaller than {@link Benchmarks#MINIMUM_GROUP}; this mapping
 * checks the size again and never passes on a statistic or a named point of such a group.
 */
final class BenchmarkComparisons {

	private BenchmarkComparisons() {
	}

	static Distribution distribution(String group, Record row) {
		int n = row.get("members", Integer.class);
		if (n < Benchmarks.MINIMUM_GROUP) {
			return new Distribution(group, n, false, Benchmarks.TOO_FEW, null, null, null, null, null, null, List.of());
		}
		String[] names = row.get("named_names", String[].class);
		BigDecimal[] values = row.get("named_values", BigDecimal[].class);
		// Named points come ordered by name so that no ranking of cities can be read off the list.
		List<NamedPoint> named = new ArrayList<>(names.length);
		for (int i = 0; i < names.length; i++) {
			named.add(new NamedPoint(names[i], values[i]));
		}
		return new Distribution(group, n, true, null, number(row, "minimum"), number(row, "lower_quartile"), number(row, "median_value"),
				number(row, "upper_quartile"), number(row, "maximum"), number(row, "own_percentile"), List.copyOf(named));
	}

	static YearPoint yearPoint(Record row) {
		int n = row.get("members", Integer.class);
		return new YearPoint(row.get("year", Integer.class), number(row, "own_value"), n,
				n < Benchmarks.MINIMUM_GROUP ? null : number(row, "median_value"));
	}

	static BigDecimal number(Record row, String column) {
		return row.get(column, BigDecimal.class);
	}
}
