package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.Period;
import de.integrationskonzept.monitoring.internal.domain.StatusRule;
import de.integrationskonzept.monitoring.internal.domain.TargetPath;

/** Puts an edition's indicators, their current values and their explicit targets together into progress per indicator. */
final class ProgressCalculation {

	record Target(UUID indicatorId, int year, BigDecimal value) {
	}

	private ProgressCalculation() {
	}

	static List<IndicatorProgress> of(EditionIndicators indicators, List<Measurement> current, List<Target> targets) {
		Map<UUID, List<Measurement>> valuesByIndicator = current.stream().collect(Collectors.groupingBy(Measurement::indicatorId));
		Map<UUID, Map<Integer, BigDecimal>> targetsByIndicator = targets.stream().collect(Collectors.groupingBy(Target::indicatorId,
				Collectors.toMap(Target::year, Target::value, (a, b) -> b, TreeMap::new)));
		List<IndicatorProgress> progress = new ArrayList<>();
		indicators.byId().values().forEach(located -> progress.add(progressOf(located,
				valuesByIndicator.getOrDefault(located.indicator().id(), List.of()),
				targetsByIndicator.getOrDefault(located.indicator().id(), Map.of()))));
		return progress;
	}

	private static IndicatorProgress progressOf(EditionIndicators.Located located, List<Measurement> values, Map<Integer, BigDecimal> explicit) {
		Edition.Indicator indicator = located.indicator();
		TargetPath path = TargetPath.of(indicator.baselineValue(), indicator.baselineYear(), indicator.targetValue(), indicator.targetYear(),
				explicit);
		List<Measurement> ordered = values.stream().sorted(Comparator.comparing(Measurement::period)).toList();
		Measurement latest = ordered.isEmpty() ? null : ordered.getLast();
		Measurement previous = ordered.size() < 2 ? null : ordered.get(ordered.size() - 2);
		StatusRule.Direction direction = indicator.direction() == null ? StatusRule.Direction.INCREASE
				: StatusRule.Direction.valueOf(indicator.direction().name());
		BigDecimal expected = latest == null ? null : path.expectedAt(latest.period());
		return new IndicatorProgress(indicator.id(), located.goal().id(), located.field().name().german(), located.goal().title().german(),
				indicator.name().german(), indicator.unit(), direction.name(), indicator.catalogueCode(), indicator.baselineValue(),
				indicator.baselineYear(), indicator.targetValue(), indicator.targetYear(), latest, expected,
				StatusRule.status(direction, latest == null ? null : latest.value(), expected, path),
				StatusRule.trend(direction, previous == null ? null : previous.value(), latest == null ? null : latest.value(), path.finalTarget()),
				series(ordered, path, indicator, explicit));
	}

	/** Every period with a value, plus every year of the path (baseline, explicit targets, target), in order. */
	private static List<IndicatorProgress.Point> series(List<Measurement> ordered, TargetPath path, Edition.Indicator indicator,
			Map<Integer, BigDecimal> explicit) {
		TreeSet<Period> periods = new TreeSet<>();
		ordered.forEach(measurement -> periods.add(measurement.period()));
		if (path.exists()) {
			if (indicator.baselineYear() != null) {
				periods.add(Period.ofYear(indicator.baselineYear()));
			}
			explicit.keySet().forEach(year -> periods.add(Period.ofYear(year)));
			if (indicator.targetYear() != null) {
				periods.add(Period.ofYear(indicator.targetYear()));
			}
		}
		Map<Period, BigDecimal> actual = ordered.stream().collect(Collectors.toMap(Measurement::period, Measurement::value));
		return periods.stream().map(period -> new IndicatorProgress.Point(period, actual.get(period), path.expectedAt(period))).toList();
	}
}
