package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Kind;
import de.integrationskonzept.participation.Questionnaires.NewQuestion;
import de.integrationskonzept.participation.Questionnaires.NewQuestionnaire;

class QuestionnaireRulesTests {

	private static final ParticipationProcess PROCESS = new ParticipationProcess(UUID.randomUUID(), new EditionId(UUID.randomUUID()), "Verfahren",
			"", List.of(new Phase(PhaseKind.IDEENSAMMLUNG, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31))));

	private static NewQuestionnaire questionnaire(LocalDate opens, LocalDate closes, List<NewQuestion> questions) {
		return new NewQuestionnaire(PROCESS.id(), "Umfrage", "", opens, closes, Questionnaire.Mode.ANONYMOUS, false, questions);
	}

	private static final NewQuestion YES_NO = new NewQuestion(Kind.SINGLE_CHOICE, "Ja oder nein?", true, List.of("Ja", "Nein"), null, null,
			null);

	@Test
	void aValidQuestionnaireHasNoProblems() {
		var conditional = new NewQuestion(Kind.FREE_TEXT, "Warum ja?", false, List.of(), null, 300, new Questionnaire.Condition(1, 1));

		assertThat(QuestionnaireRules.check(questionnaire(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), List.of(YES_NO, conditional)),
				PROCESS)).isEmpty();
	}

	@Test
	void theOpenPeriodLiesWithinTheProcess() {
		var problems = QuestionnaireRules.check(questionnaire(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 10), List.of(YES_NO)), PROCESS);
		var backwards = QuestionnaireRules.check(questionnaire(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 10), List.of(YES_NO)), PROCESS);

		assertThat(problems.get("opensOn")).contains("innerhalb des Beteiligungsverfahrens", "01.06.2026 bis 31.08.2026");
		assertThat(backwards.get("closesOn")).contains("vor seiner Öffnung");
	}

	@Test
	void duplicateOptionsPartsOfOtherKindsAndConditionsOnLaterQuestionsAreRefused() {
		var duplicate = new NewQuestion(Kind.MULTIPLE_CHOICE, "Welche?", false, List.of("A", " A"), null, null, null);
		var textWithOptions = new NewQuestion(Kind.FREE_TEXT, "Text?", false, List.of("x"), null, null, new Questionnaire.Condition(3, 1));
		var problems = QuestionnaireRules.check(questionnaire(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
				List.of(duplicate, textWithOptions)), PROCESS);

		assertThat(problems.get("questions[0]")).isEqualTo("Frage 1: Antwortmöglichkeiten dürfen nicht doppelt vorkommen.");
		assertThat(problems.get("questions[1]")).contains("Nur Auswahlfragen haben Antwortmöglichkeiten.", "Höchstlänge",
				"frühere Frage");
	}
}
