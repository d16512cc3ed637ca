package de.integrationskonzept.concepts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplate.SuggestedGoal;
import de.integrationskonzept.concepts.ItemChange.Action;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.concepts.TemplateUpdate.Change;

/** Following a template's new version: what is open, what applying does, what stays the tenant's. */
class TemplateMergeTests {

	private static final FieldTemplate V1 = template(1, goal("sprache", "Deutsch lernen"), goal("eltern", "Eltern einbeziehen"),
			goal("kurse", "Kurse anbieten"));
	private static final FieldTemplate V2 = template(2, goal("sprache", "Deutsch von Anfang an lernen"), goal("eltern", "Eltern einbeziehen"),
			goal("mentoring", "Mentoring für Schülerinnen und Schüler"));

	private static FieldTemplate template(int version, SuggestedGoal... goals) {
		return new FieldTemplate("bildung-sprache", version, LocalizedText.german("Bildung & Sprache"), null, List.of(goals), List.of(), null);
	}

	private static SuggestedGoal goal(String key, String title) {
		return new SuggestedGoal(key, LocalizedText.german(title), null);
	}

	private static Goal retitle(Goal goal, String title) {
		return new Goal(goal.id(), LocalizedText.german(title), goal.description(), goal.example(), goal.source(), goal.indicators(),
				goal.subGoals(), goal.origin(), goal.previousOutcome(), goal.templateKey());
	}

	private static Field withGoals(Field field, List<Goal> goals) {
		return new Field(field.id(), field.name(), field.description(), field.baseline(), field.templateCode(), field.templateVersion(),
				field.keyFigures(), goals, field.origin());
	}

	private static Goal withKey(Field field, String key) {
		return field.goals().stream().filter(goal -> key.equals(goal.templateKey())).findFirst().orElseThrow();
	}

	@Test
	void adoptedFieldRemembersTemplateAndSuggestedGoals() {
		Field field = TemplateMerge.adopt(V1);

		assertThat(field.templateCode()).isEqualTo("bildung-sprache");
		assertThat(field.templateVersion()).isEqualTo(1);
		assertThat(field.goals()).extracting(Goal::templateKey).containsExactly("sprache", "eltern", "kurse");
		assertThat(field.goals()).extracting(goal -> goal.title().german()).containsExactly("Deutsch lernen", "Eltern einbeziehen", "Kurse anbieten");
	}

	@Test
	void newVersionShowsAddedRemovedAndChangedGoals() {
		List<Change> changes = new TemplateMerge(TemplateMerge.adopt(V1), V1, V2, Set.of()).openChanges();

		assertThat(changes).extracting(Change::action, Change::key).containsExactly(
				tuple(Action.CHANGED, "sprache"),
				tuple(Action.ADDED, "mentoring"),
				tuple(Action.REMOVED, "kurse"));
		assertThat(changes).noneMatch(Change::editedByTenant);
	}

	@Test
	void applyingEveryChangeMovesTheFieldToTheNewVersion() {
		Field field = TemplateMerge.adopt(V1);
		field = new TemplateMerge(field, V1, V2, Set.of()).apply("sprache", false);
		field = new TemplateMerge(field, V1, V2, Set.of()).apply("mentoring", false);
		assertThat(field.templateVersion()).as("one change still open").isEqualTo(1);

		field = new TemplateMerge(field, V1, V2, Set.of()).apply("kurse", false);

		assertThat(field.templateVersion()).isEqualTo(2);
		assertThat(field.goals()).extracting(goal -> goal.title().german())
			.containsExactly("Deutsch von Anfang an lernen", "Eltern einbeziehen", "Mentoring für Schülerinnen und Schüler");
	}

	@Test
	void goalEditedByTheTenantKeepsItsTitleUnlessOverwritten() {
		Field adopted = TemplateMerge.adopt(V1);
		Field edited = withGoals(adopted, adopted.goals().stream()
			.map(goal -> goal.templateKey().equals("sprache") ? retitle(goal, "Deutsch in Kita und Schule") : goal).toList());
		TemplateMerge merge = new TemplateMerge(edited, V1, V2, Set.of());

		assertThat(merge.openChanges()).filteredOn(change -> change.key().equals("sprache")).singleElement()
			.satisfies(change -> assertThat(change.editedByTenant()).isTrue());
		assertThatThrownBy(() -> merge.apply("sprache", false)).isInstanceOf(TemplateProblems.EditedByTenant.class)
			.hasMessageContaining("Deutsch in Kita und Schule");
		assertThat(withKey(merge.apply("sprache", true), "sprache").title().german()).isEqualTo("Deutsch von Anfang an lernen");
	}

	@Test
	void removedGoalStaysWhenEditedOrInUse() {
		Field adopted = TemplateMerge.adopt(V1);
		Goal courses = withKey(adopted, "kurse");
		Field edited = withGoals(adopted, adopted.goals().stream().map(goal -> goal == courses ? retitle(goal, "Abendkurse anbieten") : goal)
			.toList());

		assertThatThrownBy(() -> new TemplateMerge(edited, V1, V2, Set.of()).apply("kurse", false))
			.isInstanceOf(TemplateProblems.EditedByTenant.class);
		assertThatThrownBy(() -> new TemplateMerge(adopted, V1, V2, Set.of(courses.id())).apply("kurse", true))
			.as("a measure serves the goal").isInstanceOf(TemplateProblems.GoalInUse.class);
		assertThat(new TemplateMerge(edited, V1, V2, Set.of()).apply("kurse", true).goals()).extracting(Goal::templateKey)
			.doesNotContain("kurse");
	}

	@Test
	void changesTheTenantAlreadyMadeAreNotOpen() {
		Field adopted = TemplateMerge.adopt(V1);
		Field same = withGoals(adopted, adopted.goals().stream()
			.map(goal -> goal.templateKey().equals("sprache") ? retitle(goal, "Deutsch von Anfang an lernen") : goal)
			.filter(goal -> !goal.templateKey().equals("kurse")).toList());

		assertThat(new TemplateMerge(same, V1, V2, Set.of()).openChanges()).extracting(Change::key).containsExactly("mentoring");
		assertThatThrownBy(() -> new TemplateMerge(same, V1, V2, Set.of()).apply("kurse", false))
			.isInstanceOf(TemplateProblems.NoOpenChange.class);
	}

	@Test
	void dismissingKeepsTheGoalsAndMovesToTheNewVersion() {
		Field adopted = TemplateMerge.adopt(V1);
		Field dismissed = new TemplateMerge(adopted, V1, V2, Set.of()).dismissRemaining();

		assertThat(dismissed.templateVersion()).isEqualTo(2);
		assertThat(dismissed.goals()).isEqualTo(adopted.goals());
		assertThat(dismissed.id()).isEqualTo(adopted.id());
	}
}
