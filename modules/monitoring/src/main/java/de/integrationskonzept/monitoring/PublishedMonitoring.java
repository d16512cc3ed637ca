package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;

/**
 * What the public may see of monitoring: the values an editor released for a published concept edition.
 * A release is a snapshot of the values as they stood at that moment (latest IST, SOLL, status, trend and the
 * series per indicator; status and percent per measure; roll-ups per goal and Handlungsfeld). Values entered
 * or corrected afterwards stay internal until the next release; a new release replaces the previous one;
 * withdrawing removes it. Only editions the concepts module has published (veröffentlicht or abgelöst) can be
 * released.
 * <p>
 * Reading ({@link #released}) needs no role: the public site calls it for anonymous visitors, within the
 * tenant bound to the request (row-level security). Releasing and withdrawing need {@code EDITOR}.
 */
public interface PublishedMonitoring {

	/** The values released for the edition of the current tenant, if any. */
	Optional<Release> released(EditionId edition);

	/**
	 * Releases the values of the edition as they stand now, replacing an earlier release.
	 * @throws MonitoringProblems.NotPublished if the concepts module has not published the edition
	 */
	Release release(EditionId edition);

	/** Withdraws the release of the edition; false if there was none. */
	boolean withdraw(EditionId edition);

	/**
	 * Released values of one edition.
	 * @param releasedBy the account that released them (null once deleted); never shown in public
	 */
	record Release(EditionId editionId, Instant releasedAt, UUID releasedBy, List<Indicator> indicators, List<Measure> measures,
			List<Rollup> goals, List<Rollup> fields) {

		public Release {
			indicators = List.copyOf(indicators);
			measures = List.copyOf(measures);
			goals = List.copyOf(goals);
			fields = List.copyOf(fields);
		}

		public Optional<Indicator> indicator(UUID indicatorId) {
			return indicators.stream().filter(indicator -> indicator.indicatorId().equals(indicatorId)).findFirst();
		}

		public Optional<Measure> measure(UUID measureId) {
			return measures.stream().filter(measure -> measure.measureId().equals(measureId)).findFirst();
		}

		public Optional<Rollup> goal(UUID goalId) {
			return goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst();
		}

		public Optional<Rollup> field(UUID fieldId) {
			return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
		}
	}

	/**
	 * An indicator's released values. {@code latest*} are null without any value; {@code expectedForLatest}
	 * (SOLL) is null without a target path. {@code series} has every period of the values and of the target path
	 * (for charts and tables); {@code values} the IST values with their sources, by period.
	 * @param latestExample whether the latest value is example data (demo), not a real measurement
	 */
	record Indicator(UUID indicatorId, UUID goalId, UUID fieldId, String unit, String catalogueCode, Period latestPeriod,
			BigDecimal latestValue, String latestSource, boolean latestExample, BigDecimal expectedForLatest, IndicatorStatus status,
			Trend trend, List<IndicatorProgress.Point> series, List<Value> values) {

		public Indicator {
			series = series == null ? List.of() : List.copyOf(series);
			values = values == null ? List.of() : List.copyOf(values);
		}

		public Optional<Value> value(Period period) {
			return values.stream().filter(value -> value.period().equals(period)).findFirst();
		}
	}

	/** A released IST value; {@code example} marks example data (demo), not a real measurement. */
	record Value(Period period, BigDecimal value, String source, boolean example) {
	}

	/** A measure's released status and percent complete. */
	record Measure(UUID measureId, MeasureStatus status, int percent) {
	}

	/** Weighted progress of a goal or Handlungsfeld (null when no measure serves it), from {@code measures} measures. */
	record Rollup(UUID id, BigDecimal percent, int measures) {
	}
}
