package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.Edition.Guideline;
import de.integrationskonzept.concepts.Edition.Indicator;
import de.integrationskonzept.concepts.Edition.KeyFigure;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.LocalizedText;

/**
 * Structural edits of an edition, as the editor's forms make them: add, rename, reorder and
 * move goals, add Handlungsfelder and measures, link measures to goals. Pure functions on the
 * document; saving goes through {@code ConceptEditions.update} with its version check.
 */
public final class EditionEditor {

	private EditionEditor() {
	}

	public static Edition addField(Edition edition, String name) {
		List<Field> fields = new ArrayList<>(edition.fields());
		fields.add(new Field(UUID.randomUUID(), LocalizedText.german(name), null, null, null, null, List.of(), List.of(), null));
		return withFields(edition, fields);
	}

	public static Edition addGoal(Edition edition, UUID fieldId, String title) {
		return mapField(edition, fieldId, field -> {
			List<Goal> goals = new ArrayList<>(field.goals());
			goals.add(newGoal(title));
			return withGoals(field, goals);
		});
	}

	/** Adds a Handlungsziel below a goal. */
	public static Edition addSubGoal(Edition edition, UUID parentId, String title) {
		if (edition.allGoals().noneMatch(goal -> goal.id().equals(parentId))) {
			throw new IllegalArgumentException("Dieses Ziel gibt es in dieser Ausgabe nicht.");
		}
		return mapGoals(edition, goal -> {
			if (!goal.id().equals(parentId)) {
				return goal;
			}
			List<Goal> subGoals = new ArrayList<>(goal.subGoals());
			subGoals.add(newGoal(title));
			return new Goal(goal.id(), goal.title(), goal.description(), goal.example(), goal.source(), goal.indicators(), subGoals,
					goal.origin(), goal.previousOutcome(), goal.templateKey());
		});
	}

	public static Edition renameGoal(Edition edition, UUID goalId, String title) {
		// A new German title makes the old translations stale: they are dropped, and the language
		// overview shows the goal as untranslated.
		return mapGoals(edition, goal -> goal.id().equals(goalId) ? new Goal(goal.id(), LocalizedText.german(title),
				goal.description(), goal.example(), goal.source(), goal.indicators(), goal.subGoals(), goal.origin(), goal.previousOutcome(),
				goal.templateKey())
				: goal);
	}

	/** Replaces the edition's own texts and period (status and resolution change elsewhere). */
	public static Edition editHeader(Edition edition, LocalizedText title, int periodFrom, int periodTo, LocalizedText understanding,
			LocalizedText prerequisites) {
		return new Edition(edition.id(), title, periodFrom, periodTo, edition.status(), edition.continues(), edition.resolution(),
				understanding, prerequisites, edition.guidelines(), edition.fields(), edition.measures(), edition.version());
	}

	public static Edition addGuideline(Edition edition, String text) {
		List<Guideline> guidelines = new ArrayList<>(edition.guidelines());
		guidelines.add(new Guideline(UUID.randomUUID(), LocalizedText.german(text), false, null, null));
		return new Edition(edition.id(), edition.title(), edition.periodFrom(), edition.periodTo(), edition.status(), edition.continues(),
				edition.resolution(), edition.understanding(), edition.prerequisites(), guidelines, edition.fields(), edition.measures(),
				edition.version());
	}

	/** Replaces a Handlungsfeld's name, description and Ausgangssituation (Bestandsaufnahme text). */
	public static Edition editField(Edition edition, UUID fieldId, LocalizedText name, LocalizedText description, LocalizedText baseline) {
		return mapField(edition, fieldId, field -> new Field(field.id(), name, description, baseline, field.templateCode(),
				field.templateVersion(), field.keyFigures(), field.goals(), field.origin()));
	}

	public static Edition addKeyFigure(Edition edition, UUID fieldId, KeyFigure figure) {
		return mapField(edition, fieldId, field -> {
			List<KeyFigure> figures = new ArrayList<>(field.keyFigures());
			figures.add(figure);
			return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), field.templateVersion(),
					figures, field.goals(), field.origin());
		});
	}

	public static Edition addIndicator(Edition edition, UUID goalId, Indicator indicator) {
		if (edition.allGoals().noneMatch(goal -> goal.id().equals(goalId))) {
			throw new IllegalArgumentException("Dieses Ziel gibt es in dieser Ausgabe nicht.");
		}
		return mapGoals(edition, goal -> {
			if (!goal.id().equals(goalId)) {
				return goal;
			}
			List<Indicator> indicators = new ArrayList<>(goal.indicators());
			indicators.add(indicator);
			return new Goal(goal.id(), goal.title(), goal.description(), goal.example(), goal.source(), indicators, goal.subGoals(),
					goal.origin(), goal.previousOutcome(), goal.templateKey());
		});
	}

	/** Replaces a measure's details; the goals it serves are kept. */
	public static Edition editMeasure(Edition edition, Measure changed) {
		if (edition.measures().stream().noneMatch(measure -> measure.id().equals(changed.id()))) {
			throw new IllegalArgumentException("Diese Maßnahme gibt es in dieser Ausgabe nicht.");
		}
		return withMeasures(edition, edition.measures().stream().map(measure -> measure.id().equals(changed.id())
				? new Measure(measure.id(), changed.title(), changed.description(), changed.responsible(), changed.partners(),
						changed.periodFrom(), changed.periodTo(), changed.budget(), changed.fundingSource(), changed.status(), measure.goals(),
						measure.example(), measure.source(), measure.origin())
				: measure).toList());
	}

	/** Removes a goal with its sub-goals and indicators; measures no longer name it. */
	public static Edition removeGoal(Edition edition, UUID goalId) {
		var removed = edition.allGoals().filter(goal -> goal.id().equals(goalId)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Dieses Ziel gibt es in dieser Ausgabe nicht."));
		var gone = new java.util.HashSet<UUID>();
		collect(removed, gone);
		Edition withoutGoal = withFields(edition, edition.fields().stream()
			.map(field -> withGoals(field, without(field.goals(), goalId))).toList());
		return withMeasures(withoutGoal, withoutGoal.measures().stream().map(measure -> new Measure(measure.id(), measure.title(),
				measure.description(), measure.responsible(), measure.partners(), measure.periodFrom(), measure.periodTo(), measure.budget(),
				measure.fundingSource(), measure.status(), measure.goals().stream().filter(goal -> !gone.contains(goal)).toList(),
				measure.example(), measure.source(), measure.origin())).toList());
	}

	public static Edition removeMeasure(Edition edition, UUID measureId) {
		if (edition.measures().stream().noneMatch(measure -> measure.id().equals(measureId))) {
			throw new IllegalArgumentException("Diese Maßnahme gibt es in dieser Ausgabe nicht.");
		}
		return withMeasures(edition, edition.measures().stream().filter(measure -> !measure.id().equals(measureId)).toList());
	}

	private static List<Goal> without(List<Goal> goals, UUID goalId) {
		return goals.stream().filter(goal -> !goal.id().equals(goalId))
			.map(goal -> new Goal(goal.id(), goal.title(), goal.description(), goal.example(), goal.source(), goal.indicators(),
					without(goal.subGoals(), goalId), goal.origin(), goal.previousOutcome(), goal.templateKey()))
			.toList();
	}

	private static void collect(Goal goal, java.util.Set<UUID> ids) {
		ids.add(goal.id());
		goal.subGoals().forEach(sub -> collect(sub, ids));
	}

	/** Replaces a goal's title (all its languages) and description. */
	public static Edition editGoalTexts(Edition edition, UUID goalId, LocalizedText title, LocalizedText description) {
		if (edition.allGoals().noneMatch(goal -> goal.id().equals(goalId))) {
			throw new IllegalArgumentException("Dieses Ziel gibt es in dieser Ausgabe nicht.");
		}
		return mapGoals(edition, goal -> goal.id().equals(goalId) ? new Goal(goal.id(), title, description, goal.example(),
				goal.source(), goal.indicators(), goal.subGoals(), goal.origin(), goal.previousOutcome(), goal.templateKey()) : goal);
	}

	/** Moves a top-level goal one place up ({@code -1}) or down ({@code +1}) within its field. */
	public static Edition moveGoal(Edition edition, UUID goalId, int step) {
		return withFields(edition, edition.fields().stream().map(field -> {
			List<Goal> goals = new ArrayList<>(field.goals());
			int index = indexOf(goals, goalId);
			int target = index + step;
			if (index < 0 || target < 0 || target >= goals.size()) {
				return field;
			}
			goals.add(target, goals.remove(index));
			return withGoals(field, goals);
		}).toList());
	}

	/** Moves a top-level goal (with its sub-goals and indicators) to the end of another field. */
	public static Edition moveGoalToField(Edition edition, UUID goalId, UUID targetFieldId) {
		Optional<Goal> moving = edition.fields().stream().flatMap(field -> field.goals().stream())
			.filter(goal -> goal.id().equals(goalId)).findFirst();
		if (moving.isEmpty() || edition.fields().stream().noneMatch(field -> field.id().equals(targetFieldId))) {
			throw new IllegalArgumentException("Ziel oder Handlungsfeld gibt es in dieser Ausgabe nicht.");
		}
		return withFields(edition, edition.fields().stream().map(field -> {
			List<Goal> goals = new ArrayList<>(field.goals().stream().filter(goal -> !goal.id().equals(goalId)).toList());
			if (field.id().equals(targetFieldId)) {
				goals.add(moving.get());
			}
			return withGoals(field, goals);
		}).toList());
	}

	public static Edition addMeasure(Edition edition, String title, List<UUID> goals) {
		List<Measure> measures = new ArrayList<>(edition.measures());
		measures.add(new Measure(UUID.randomUUID(), LocalizedText.german(title), null, null, List.of(), null, null, null, null,
				MeasureStatus.GEPLANT, goals, false, null, null));
		return withMeasures(edition, measures);
	}

	public static Edition linkMeasure(Edition edition, UUID measureId, List<UUID> goals) {
		return withMeasures(edition, edition.measures().stream().map(measure -> measure.id().equals(measureId)
				? new Measure(measure.id(), measure.title(), measure.description(), measure.responsible(), measure.partners(),
						measure.periodFrom(), measure.periodTo(), measure.budget(), measure.fundingSource(), measure.status(), goals,
						measure.example(), measure.source(), measure.origin())
				: measure).toList());
	}

	private static Goal newGoal(String title) {
		return new Goal(UUID.randomUUID(), LocalizedText.german(title), null, false, null, List.of(), List.of(), null, null, null);
	}

	private static int indexOf(List<Goal> goals, UUID goalId) {
		for (int i = 0; i < goals.size(); i++) {
			if (goals.get(i).id().equals(goalId)) {
				return i;
			}
		}
		return -1;
	}

	private static Edition mapField(Edition edition, UUID fieldId, UnaryOperator<Field> change) {
		if (edition.fields().stream().noneMatch(field -> field.id().equals(fieldId))) {
			throw new IllegalArgumentException("Dieses Handlungsfeld gibt es in dieser Ausgabe nicht.");
		}
		return withFields(edition, edition.fields().stream().map(field -> field.id().equals(fieldId) ? change.apply(field) : field).toList());
	}

	private static Edition mapGoals(Edition edition, UnaryOperator<Goal> change) {
		return withFields(edition, edition.fields().stream()
			.map(field -> withGoals(field, field.goals().stream().map(goal -> mapGoal(goal, change)).toList())).toList());
	}

	private static Goal mapGoal(Goal goal, UnaryOperator<Goal> change) {
		Goal changed = change.apply(goal);
		return new Goal(changed.id(), changed.title(), changed.description(), changed.example(), changed.source(), changed.indicators(),
				changed.subGoals().stream().map(sub -> mapGoal(sub, change)).toList(), changed.origin(), changed.previousOutcome(),
				changed.templateKey());
	}

	private static Field withGoals(Field field, List<Goal> goals) {
		return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), field.templateVersion(),
				field.keyFigures(), goals, field.origin());
	}

	private static Edition withFields(Edition edition, List<Field> fields) {
		return new Edition(edition.id(), edition.title(), edition.periodFrom(), edition.periodTo(), edition.status(), edition.continues(),
				edition.resolution(), edition.understanding(), edition.prerequisites(), edition.guidelines(), fields, edition.measures(),
				edition.version());
	}

	private static Edition withMeasures(Edition edition, List<Measure> measures) {
		return new Edition(edition.id(), edition.title(), edition.periodFrom(), edition.periodTo(), edition.status(), edition.continues(),
				edition.resolution(), edition.understanding(), edition.prerequisites(), edition.guidelines(), edition.fields(), measures,
				edition.version());
	}
}
