package de.integrationskonzept.participation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.LocalizedText;

/**
 * Adds an accepted suggestion to the edition document, as the concept editor adds a goal: a new
 * goal at the end of the field, or a Handlungsziel at the end of its parent goal. Pure function on
 * the public {@link Edition} record; saving goes through {@code ConceptEditions.update}.
 */
final class GoalAdoption {

	private GoalAdoption() {
	}

	/** The edition with the goal added, or empty when the field (or the parent goal within it) no longer exists. */
	static Optional<Edition> add(Edition edition, UUID fieldId, UUID parentGoalId, Goal goal) {
		Optional<Field> field = edition.fields().stream().filter(candidate -> candidate.id().equals(fieldId)).findFirst();
		if (field.isEmpty() || parentGoalId != null
				&& field.get().goals().stream().flatMap(Goal::withSubGoals).noneMatch(candidate -> candidate.id().equals(parentGoalId))) {
			return Optional.empty();
		}
		List<Field> fields = edition.fields().stream()
			.map(candidate -> candidate.id().equals(fieldId) ? withGoal(candidate, parentGoalId, goal) : candidate).toList();
		return Optional.of(edition.withFields(fields));
	}

	static Goal newGoal(String title, String description, String source) {
		LocalizedText text = description == null || description.isBlank() ? null : LocalizedText.german(description);
		return new Goal(UUID.randomUUID(), LocalizedText.german(title), text, false, source, List.of(), List.of(), null, null, null);
	}

	private static Field withGoal(Field field, UUID parentGoalId, Goal goal) {
		List<Goal> goals = parentGoalId == null ? append(field.goals(), goal)
				: field.goals().stream().map(candidate -> below(candidate, parentGoalId, goal)).toList();
		return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), field.templateVersion(),
				field.keyFigures(), goals, field.origin());
	}

	private static Goal below(Goal candidate, UUID parentGoalId, Goal goal) {
		List<Goal> subGoals = candidate.id().equals(parentGoalId) ? append(candidate.subGoals(), goal)
				: candidate.subGoals().stream().map(sub -> below(sub, parentGoalId, goal)).toList();
		return new Goal(candidate.id(), candidate.title(), candidate.description(), candidate.example(), candidate.source(),
				candidate.indicators(), subGoals, candidate.origin(), candidate.previousOutcome(), candidate.templateKey());
	}

	private static List<Goal> append(List<Goal> goals, Goal goal) {
		List<Goal> more = new ArrayList<>(goals);
		more.add(goal);
		return more;
	}
}
