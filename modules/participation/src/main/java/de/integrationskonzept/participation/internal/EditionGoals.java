package de.integrationskonzept.participation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;

/**
 * The goals of an edition as participation copies them: per Handlungsfeld, each goal followed by
 * its Handlungsziele (depth first), with the German title.
 */
final class EditionGoals {

	private EditionGoals() {
	}

	record FieldGoal(UUID fieldId, String fieldName, UUID goalId, String title) {
	}

	static Optional<Edition.Field> field(Edition edition, UUID fieldId) {
		return edition.fields().stream().filter(field -> field.id().equals(fieldId)).findFirst();
	}

	static List<FieldGoal> of(Edition.Field field) {
		String name = field.name().german();
		return field.goals().stream().flatMap(Edition.Goal::withSubGoals)
			.map(goal -> new FieldGoal(field.id(), name, goal.id(), goal.title().german()))
			.toList();
	}

	static List<FieldGoal> all(Edition edition) {
		return edition.fields().stream().flatMap(field -> of(field).stream()).toList();
	}
}
