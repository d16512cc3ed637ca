package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Condition;
import de.integrationskonzept.participation.Questionnaire.Kind;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.Questionnaires.Answer;

class AnswerRulesTests {

	/** 1 Ja/Nein (required); 2 which, only if 1 = Ja (required); 3 why, only if 2 includes option 2 (required); 4 scale 0–3 (optional). */
	static final Questionnaire QUESTIONNAIRE = new Questionnaire(UUID.randomUUID(), UUID.randomUUID(), "Test", "", LocalDate.of(2026, 1, 1),
			LocalDate.of(2026, 12, 31), Questionnaire.Mode.ANONYMOUS, false, List.of(
					new Question(1, Kind.SINGLE_CHOICE, "Ja oder nein?", true, List.of("Ja", "Nein"), null, null, null),
					new Question(2, Kind.MULTIPLE_CHOICE, "Welche?", true, List.of("A", "B", "C"), null, null, new Condition(1, 1)),
					new Question(3, Kind.FREE_TEXT, "Warum B?", true, List.of(), null, 10, new Condition(2, 2)),
					new Question(4, Kind.SCALE, "Wie sehr?", false, List.of(), new Questionnaire.Scale(0, 3, "nicht", "sehr"), null, null)));

	private static Answer choose(Integer... options) {
		return new Answer(List.of(options), null, null);
	}

	@Test
	void chainedConditionsFollowTheAnswersBeforeThem() {
		var onlyFirst = AnswerRules.check(QUESTIONNAIRE, Map.of(1, choose(2)));
		var secondWithoutB = AnswerRules.check(QUESTIONNAIRE, Map.of(1, choose(1), 2, choose(1, 3)));
		var secondWithB = AnswerRules.check(QUESTIONNAIRE, Map.of(1, choose(1), 2, choose(2)));

		assertThat(onlyFirst.problems()).isEmpty();
		assertThat(secondWithoutB.problems()).isEmpty();
		assertThat(secondWithB.problems()).containsOnlyKeys("q3");
	}

	@Test
	void answersToHiddenQuestionsAreDroppedEvenWhenInvalid() {
		var checked = AnswerRules.check(QUESTIONNAIRE, Map.of(1, choose(2), 2, choose(9), 3, new Answer(null, null, "viel zu lang für zehn")));

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.dropped()).containsExactly(2, 3);
		assertThat(checked.kept()).containsOnlyKeys(1);
	}

	@Test
	void emptyAnswersCountAsUnansweredAndDuplicateChoicesAsOne() {
		var checked = AnswerRules.check(QUESTIONNAIRE, Map.of(1, choose(1, 1), 2, choose(3, 3, 1), 4, new Answer(List.of(), null, "  ")));

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.kept()).containsOnlyKeys(1, 2);
		assertThat(checked.kept().get(2).options()).containsExactly(1, 3);
	}

	@Test
	void everyWrongAnswerIsReported() {
		var checked = AnswerRules.check(QUESTIONNAIRE, Map.of(1, new Answer(null, 1, null), 4, new Answer(null, 4, null), 7, choose(1)));

		assertThat(checked.problems()).containsOnlyKeys("", "q1", "q4");
		assertThat(checked.problems().get("q1")).isEqualTo("Frage 1: Bitte wählen Sie eine der vorgegebenen Antworten.");
		assertThat(checked.problems().get("q4")).isEqualTo("Frage 4: Bitte wählen Sie einen Wert von 0 bis 3.");
		assertThat(checked.problems().get("")).isEqualTo("Frage 7 gibt es in diesem Fragebogen nicht.");
		assertThat(checked.kept()).isEmpty();
	}
}
