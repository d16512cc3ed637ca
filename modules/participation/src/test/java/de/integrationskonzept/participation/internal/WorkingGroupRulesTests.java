package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.participation.GoalSuggestions.NewSuggestion;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.WorkingGroupMeetings.NewMeeting;

/** The rules of working groups and the goal adoption, without Spring. */
class WorkingGroupRulesTests {

	private static final LocalDate DAY = LocalDate.of(2027, 6, 1);
	private static final Goal EXISTING = GoalAdoption.newGoal("Bestehendes Ziel", null, null);
	private static final Field FIELD = new Field(UUID.randomUUID(), LocalizedText.german("Bildung"), null, null, null, null, List.of(),
			List.of(EXISTING), null);
	private static final Edition EDITION = new Edition(EditionId.of(UUID.randomUUID().toString()), LocalizedText.german("Konzept"), 2026, 2030,
			null, null, null, null, null, List.of(), List.of(FIELD), List.of(), 3);

	@Test
	void suggestionNeedsATitleAndAReasonableLength() {
		assertThat(WorkingGroupRules.check(new NewSuggestion(" ", null, null))).containsEntry("title", "Der Titel des Ziels fehlt.");
		assertThat(WorkingGroupRules.check(new NewSuggestion("Ziel", "x".repeat(5001), null))).containsOnlyKeys("description");
		assertThat(WorkingGroupRules.check(new NewSuggestion("Sprachkurse", "", null))).isEmpty();
	}

	@Test
	void rejectionNeedsAReason() {
		assertThat(WorkingGroupRules.checkReason(null)).containsEntry("reason", "Die Begründung der Ablehnung fehlt.");
		assertThat(WorkingGroupRules.checkReason("Doppelt")).isEmpty();
	}

	@Test
	void meetingNeedsTimeAndPlaceOrLink() {
		assertThat(WorkingGroupRules.check(new NewMeeting(null, "", true, null))).containsOnlyKeys("startsAt", "location")
			.containsEntry("location", "Der Link zur Online-Sitzung fehlt.");
	}

	@Test
	void acceptedGoalIsAppendedToTheFieldOrBelowItsParent() {
		Goal added = GoalAdoption.newGoal("Neu", "Warum", "Arbeitsgruppe");

		Field top = GoalAdoption.add(EDITION, FIELD.id(), null, added).orElseThrow().fields().get(0);
		Field below = GoalAdoption.add(EDITION, FIELD.id(), EXISTING.id(), added).orElseThrow().fields().get(0);

		assertThat(top.goals()).extracting(Goal::id).containsExactly(EXISTING.id(), added.id());
		assertThat(below.goals()).singleElement().satisfies(goal -> assertThat(goal.subGoals()).extracting(Goal::id).containsExactly(added.id()));
		assertThat(added.description().german()).isEqualTo("Warum");
	}

	@Test
	void goalForAFieldOrParentThatIsGoneIsNotAdded() {
		Goal added = GoalAdoption.newGoal("Neu", "", null);

		assertThat(GoalAdoption.add(EDITION, UUID.randomUUID(), null, added)).isEmpty();
		assertThat(GoalAdoption.add(EDITION, FIELD.id(), UUID.randomUUID(), added)).isEmpty();
		assertThat(added.description()).isNull();
	}

	@Test
	void proposalsCloseWithTheAbstimmungAndAfterTheLastPhase() {
		ParticipationProcess process = new ParticipationProcess(null, null, "Verfahren", "", List.of(
				new Phase(PhaseKind.WORKSHOPS, DAY, DAY.plusDays(9)), new Phase(PhaseKind.ABSTIMMUNG, DAY.plusDays(10), DAY.plusDays(19))));

		JooqGoalSuggestions.requireOpenForProposals(process, DAY.minusDays(5));
		JooqGoalSuggestions.requireOpenForProposals(process, DAY.plusDays(9));
		assertThatThrownBy(() -> JooqGoalSuggestions.requireOpenForProposals(process, DAY.plusDays(10)))
			.isInstanceOf(ParticipationProblems.PhaseClosed.class).hasMessageContaining("Abstimmung");
		assertThatThrownBy(() -> JooqGoalSuggestions.requireOpenForProposals(process, DAY.plusDays(20)))
			.isInstanceOf(ParticipationProblems.PhaseClosed.class).hasMessageContaining("beendet");
	}
}
