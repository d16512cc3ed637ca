package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses.NewProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;

class ProcessRulesTests {

	private static final LocalDate JUNE = LocalDate.of(2027, 6, 1);

	private static ParticipationProcess process(List<Phase> phases) {
		return new ParticipationProcess(null, null, "Verfahren", "", phases);
	}

	@Test
	void phasesThatFollowEachOtherAreAccepted() {
		assertThat(ProcessRules.phases(List.of(new Phase(PhaseKind.IDEENSAMMLUNG, JUNE, JUNE.plusDays(30)),
				new Phase(PhaseKind.ABSTIMMUNG, JUNE.plusDays(31), JUNE.plusDays(40))))).isEmpty();
	}

	@Test
	void phaseStartingOnThePreviousLastDayOverlaps() {
		assertThat(ProcessRules.phases(List.of(new Phase(PhaseKind.IDEENSAMMLUNG, JUNE, JUNE.plusDays(30)),
				new Phase(PhaseKind.ABSTIMMUNG, JUNE.plusDays(30), JUNE.plusDays(40)))))
			.singleElement().asString().contains("Phase 2 (Abstimmung) beginnt am 01.07.2027, aber Phase 1 endet erst am 01.07.2027");
	}

	@Test
	void incompletePhaseIsNamed() {
		assertThat(ProcessRules.phases(List.of(new Phase(PhaseKind.WORKSHOPS, JUNE, null))))
			.containsExactly("Phase 1 (Workshops): Bitte geben Sie Art, Beginn und Ende an.");
	}

	@Test
	void processNeedsEditionTitleAndPhases() {
		assertThat(ProcessRules.check(new NewProcess(" ", "", null, List.of()))).containsOnlyKeys("editionId", "title", "phases");
	}

	@Test
	void ideaLimitsAreCheckedOnTheStrippedText() {
		assertThat(ProcessRules.check(new Ideas.NewIdea("  ab  ", "x".repeat(5001), null, "y".repeat(201), true)))
			.containsEntry("title", "Der Titel ist zu kurz (mindestens 3 Zeichen).")
			.containsEntry("text", "Die Beschreibung Ihrer Idee ist zu lang (höchstens 5000 Zeichen, jetzt 5001).")
			.containsEntry("location", "Die Ortsangabe ist zu lang (höchstens 200 Zeichen, jetzt 201).");
		assertThat(ProcessRules.check(new Ideas.NewIdea("Sprachcafé", "Ein Sprachcafé für alle.", "Bildung", "Nordend", true))).isEmpty();
	}

	@Test
	void ideasOnlyDuringTheIdeensammlungWithItsDatesInTheMessage() {
		ParticipationProcess process = process(List.of(new Phase(PhaseKind.IDEENSAMMLUNG, JUNE, JUNE.plusDays(90)),
				new Phase(PhaseKind.AUSWERTUNG, JUNE.plusDays(91), JUNE.plusDays(120))));

		IdeaPhases.requireSubmission(process, JUNE);
		IdeaPhases.requireSubmission(process, JUNE.plusDays(90));
		assertThatThrownBy(() -> IdeaPhases.requireSubmission(process, JUNE.minusDays(1)))
			.isInstanceOf(ParticipationProblems.PhaseClosed.class).hasMessageContaining("beginnt erst am 01.06.2027");
		assertThatThrownBy(() -> IdeaPhases.requireSubmission(process, JUNE.plusDays(91)))
			.hasMessageContaining("am 30.08.2027 zu Ende gegangen");
		assertThatThrownBy(() -> IdeaPhases.requireSubmission(process(List.of(new Phase(PhaseKind.ABSTIMMUNG, JUNE, JUNE))), JUNE))
			.hasMessage("Dieses Beteiligungsverfahren sieht keine Ideensammlung vor.");
	}
}
