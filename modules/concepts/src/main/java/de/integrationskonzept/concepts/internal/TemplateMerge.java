package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplate.SuggestedGoal;
import de.integrationskonzept.concepts.ItemChange.Action;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.concepts.TemplateUpdate.Change;

/**
 * A three-way comparison of an adopted Handlungsfeld: the template version it was adopted from,
 * the newest version, and the field as the tenant has it now. A change between the two versions
 * is open while the field does not reflect it; a goal counts as edited by the tenant when its
 * title or description no longer equals the adopted version's suggestion. No Spring, no database.
 */
final class TemplateMerge {

	private final Field field;
	private final FieldTemplate adopted;
	private final FieldTemplate latest;
	private final Set<UUID> goalsUsedByMeasures;

	/**
	 * @param goalsUsedByMeasures ids of the edition's goals that measures serve (such goals are not removed)
	 */
	TemplateMerge(Field field, FieldTemplate adopted, FieldTemplate latest, Set<UUID> goalsUsedByMeasures) {
		this.field = field;
		this.adopted = adopted;
		this.latest = latest;
		this.goalsUsedByMeasures = goalsUsedByMeasures;
	}

	/** A new Handlungsfeld from a template version: its goals are the suggested goals. */
	static Field adopt(FieldTemplate template) {
		List<Goal> goals = template.suggestedGoals().stream().map(suggested -> newGoal(template, suggested)).toList();
		return new Field(UUID.randomUUID(), template.name(), template.description(), null, template.code(), template.version(),
				List.of(), goals, null);
	}

	/** The changes between the adopted and the newest version that the field does not reflect yet. */
	List<Change> openChanges() {
		Set<String> keys = new LinkedHashSet<>();
		latest.suggestedGoals().forEach(goal -> keys.add(goal.key()));
		adopted.suggestedGoals().forEach(goal -> keys.add(goal.key()));
		List<Change> changes = new ArrayList<>();
		for (String key : keys) {
			change(key).ifPresent(changes::add);
		}
		return changes;
	}

	private Optional<Change> change(String key) {
		Optional<SuggestedGoal> before = adopted.suggestedGoal(key);
		Optional<SuggestedGoal> after = latest.suggestedGoal(key);
		Optional<Goal> goal = goalWithKey(key);
		if (before.isEmpty()) {
			return goal.isPresent() ? Optional.empty()
					: Optional.of(new Change(Action.ADDED, key, null, null, after.get().title(), null, after.get().description(), false, false));
		}
		if (goal.isEmpty() || after.isPresent() && (readsAs(goal.get(), after.get()) || sameText(before.get(), after.get()))) {
			return Optional.empty();
		}
		boolean edited = !readsAs(goal.get(), before.get());
		if (after.isEmpty()) {
			return Optional.of(new Change(Action.REMOVED, key, goal.get().id(), before.get().title(), null, before.get().description(), null,
					edited, isInUse(goal.get())));
		}
		return Optional.of(new Change(Action.CHANGED, key, goal.get().id(), before.get().title(), after.get().title(),
				before.get().description(), after.get().description(), edited, false));
	}

	/**
	 * The field with one open change applied; moved to the newest template version when that was
	 * the last open change.
	 */
	Field apply(String key, boolean overwrite) {
		Change change = change(key).orElseThrow(() -> new TemplateProblems.NoOpenChange(key));
		Field changed = switch (change.action()) {
			case ADDED -> withGoals(Stream.concat(field.goals().stream(), Stream.of(newGoal(latest, latest.suggestedGoal(key).get()))).toList());
			case CHANGED -> {
				requireUnedited(change, overwrite, "den Wortlaut der neuen Vorlage erhalten soll");
				SuggestedGoal suggested = latest.suggestedGoal(key).get();
				yield withGoals(mapGoals(field.goals(), goal -> key.equals(goal.templateKey()) ? retitled(goal, suggested) : goal));
			}
			case REMOVED -> {
				if (change.inUse()) {
					throw new TemplateProblems.GoalInUse(goalWithKey(key).get().title().german());
				}
				requireUnedited(change, overwrite, "entfallen soll");
				yield withGoals(withoutGoal(field.goals(), change.goalId()));
			}
		};
		TemplateMerge after = new TemplateMerge(changed, adopted, latest, goalsUsedByMeasures);
		return after.openChanges().isEmpty() ? after.dismissRemaining() : changed;
	}

	/** The field unchanged, but on the newest template version: every open change is dismissed. */
	Field dismissRemaining() {
		return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), latest.version(),
				field.keyFigures(), field.goals(), field.origin());
	}

	private void requireUnedited(Change change, boolean overwrite, String whatWouldHappen) {
		if (change.editedByTenant() && !overwrite) {
			throw new TemplateProblems.EditedByTenant(goalWithKey(change.key()).get().title().german(), whatWouldHappen);
		}
	}

	private Optional<Goal> goalWithKey(String key) {
		return allGoals(field.goals()).filter(goal -> key.equals(goal.templateKey())).findFirst();
	}

	private boolean isInUse(Goal goal) {
		return !goal.subGoals().isEmpty() || !goal.indicators().isEmpty() || goalsUsedByMeasures.contains(goal.id());
	}

	private static boolean readsAs(Goal goal, SuggestedGoal suggested) {
		return Objects.equals(goal.title(), suggested.title()) && Objects.equals(goal.description(), suggested.description());
	}

	private static boolean sameText(SuggestedGoal one, SuggestedGoal other) {
		return Objects.equals(one.title(), other.title()) && Objects.equals(one.description(), other.description());
	}

	private static Goal newGoal(FieldTemplate template, SuggestedGoal suggested) {
		return new Goal(UUID.randomUUID(), suggested.title(), suggested.description(), false,
				"Handlungsfeld-Vorlage „" + template.code() + "“, Version " + template.version(), List.of(), List.of(), null, null,
				suggested.key());
	}

	private static Goal retitled(Goal goal, SuggestedGoal suggested) {
		return new Goal(goal.id(), suggested.title(), suggested.description(), goal.example(), goal.source(), goal.indicators(),
				goal.subGoals(), goal.origin(), goal.previousOutcome(), goal.templateKey());
	}

	private Field withGoals(List<Goal> goals) {
		return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), field.templateVersion(),
				field.keyFigures(), goals, field.origin());
	}

	private static Stream<Goal> allGoals(List<Goal> goals) {
		return goals.stream().flatMap(goal -> Stream.concat(Stream.of(goal), allGoals(goal.subGoals())));
	}

	private static List<Goal> mapGoals(List<Goal> goals, UnaryOperator<Goal> change) {
		return goals.stream().map(change).map(goal -> withSubGoals(goal, mapGoals(goal.subGoals(), change))).toList();
	}

	private static List<Goal> withoutGoal(List<Goal> goals, UUID id) {
		return goals.stream().filter(goal -> !goal.id().equals(id)).map(goal -> withSubGoals(goal, withoutGoal(goal.subGoals(), id)))
			.toList();
	}

	private static Goal withSubGoals(Goal goal, List<Goal> subGoals) {
		return new Goal(goal.id(), goal.title(), goal.description(), goal.example(), goal.source(), goal.indicators(), subGoals,
				goal.origin(), goal.previousOutcome(), goal.templateKey());
	}
}
