package de.integrationskonzept.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.monitoring.MonitoringProblems;

/**
 * The measures of one concept edition, and its goals (with sub-goals) by Handlungsfeld, in the order of the concept.
 * @param goals  every goal and sub-goal with the field it belongs to
 * @param fields every field with the ids of its goals and sub-goals
 */
record EditionMeasures(Map<UUID, Edition.Measure> byId, Map<UUID, Located> goals, Map<UUID, FieldGoals> fields) {

	record Located(Edition.Goal goal, Edition.Field field) {
	}

	record FieldGoals(Edition.Field field, List<UUID> goalIds) {
	}

	static EditionMeasures of(Edition edition) {
		Map<UUID, Edition.Measure> measures = new LinkedHashMap<>();
		edition.measures().forEach(measure -> measures.put(measure.id(), measure));
		Map<UUID, Located> goals = new LinkedHashMap<>();
		Map<UUID, FieldGoals> fields = new LinkedHashMap<>();
		for (Edition.Field field : edition.fields()) {
			List<UUID> ids = new ArrayList<>();
			field.goals().stream().flatMap(Edition.Goal::withSubGoals).forEach(goal -> {
				goals.put(goal.id(), new Located(goal, field));
				ids.add(goal.id());
			});
			fields.put(field.id(), new FieldGoals(field, List.copyOf(ids)));
		}
		return new EditionMeasures(measures, goals, fields);
	}

	Edition.Measure require(UUID measureId) {
		Edition.Measure measure = byId.get(measureId);
		if (measure == null) {
			throw new MonitoringProblems.MeasureNotFound(measureId);
		}
		return measure;
	}

	/** The German names of the fields the measure's goals belong to, each once, in the order of the concept. */
	List<String> fieldNamesOf(Edition.Measure measure) {
		return fields.values().stream().filter(field -> measure.goals().stream().anyMatch(field.goalIds()::contains))
			.map(field -> field.field().name().german()).toList();
	}
}
