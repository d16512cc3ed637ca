package de.integrationskonzept.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.internal.domain.ProgressRollup;

/** Puts the measures' progress and the edition's goals and fields together into the overview with its roll-ups. */
final class MeasureRollups {

	private MeasureRollups() {
	}

	static MeasureProgress.Overview overview(EditionMeasures measures, List<MeasureProgress> progress) {
		List<ProgressRollup.Item> items = progress.stream()
			.map(p -> new ProgressRollup.Item(p.measureId(), p.percent(), p.weight(), p.goalIds())).toList();
		Map<UUID, ProgressRollup.Result> perGoal = ProgressRollup.perGoal(items, measures.goals().keySet());
		Map<UUID, List<UUID>> goalsByField = new LinkedHashMap<>();
		measures.fields().forEach((id, field) -> goalsByField.put(id, field.goalIds()));
		Map<UUID, ProgressRollup.Result> perField = ProgressRollup.perField(items, goalsByField);
		List<MeasureProgress.Rollup> goals = measures.goals().entrySet().stream().map(entry -> new MeasureProgress.Rollup(entry.getKey(),
				entry.getValue().goal().title().german(), entry.getValue().field().name().german(), perGoal.get(entry.getKey()).percent(),
				perGoal.get(entry.getKey()).measures())).toList();
		List<MeasureProgress.Rollup> fields = measures.fields().entrySet().stream().map(entry -> new MeasureProgress.Rollup(entry.getKey(),
				entry.getValue().field().name().german(), entry.getValue().field().name().german(), perField.get(entry.getKey()).percent(),
				perField.get(entry.getKey()).measures())).toList();
		return new MeasureProgress.Overview(progress, goals, fields);
	}
}
