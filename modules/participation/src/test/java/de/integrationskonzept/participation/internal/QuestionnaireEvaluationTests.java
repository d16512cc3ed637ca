package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.Questionnaires.Answer;
import de.integrationskonzept.participation.internal.QuestionnaireRepository.StoredResponse;

class QuestionnaireEvaluationTests {

	private static StoredResponse response(Map<Integer, Answer> answers) {
		return new StoredResponse(UUID.randomUUID(), OffsetDateTime.parse("2026-06-30T23:30:00Z"), answers);
	}

	@Test
	void cellsThatSpreadsheetsWouldRunAsFormulasGetAnApostrophe() {
		assertThat(QuestionnaireEvaluation.escape("=1+1")).isEqualTo("'=1+1");
		assertThat(QuestionnaireEvaluation.escape("+49 611")).isEqualTo("'+49 611");
		assertThat(QuestionnaireEvaluation.escape("-2")).isEqualTo("'-2");
		assertThat(QuestionnaireEvaluation.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(QuestionnaireEvaluation.escape("\tx")).isEqualTo("'\tx");
		assertThat(QuestionnaireEvaluation.escape("a=b")).isEqualTo("a=b");
		assertThat(QuestionnaireEvaluation.escape("Sag \"Hallo\", bitte")).isEqualTo("\"Sag \"\"Hallo\"\", bitte\"");
		assertThat(QuestionnaireEvaluation.escape("zwei\nZeilen")).isEqualTo("\"zwei\nZeilen\"");
	}

	@Test
	void csvHasBomCrlfOneRowPerResponseAndTheBerlinDay() {
		var questionnaire = AnswerRulesTests.QUESTIONNAIRE;
		byte[] csv = QuestionnaireEvaluation.csv(questionnaire, List.of(
				response(Map.of(1, new Answer(List.of(1), null, null), 2, new Answer(List.of(1, 3), null, null))),
				response(Map.of(1, new Answer(List.of(2), null, null), 4, new Answer(null, 0, null)))));

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("Antwort,Datum,1. Ja oder nein?,2. Welche?,3. Warum B?,4. Wie sehr?\r\n"
				+ "1,2026-07-01,Ja,\"A; C\",,\r\n"
				+ "2,2026-07-01,Nein,,,0\r\n");
	}

	@Test
	void resultsCountOptionsAndScaleValuesAndHideTextsFromThePublic() {
		var responses = List.of(response(Map.of(1, new Answer(List.of(1), null, null), 4, new Answer(null, 3, null),
				3, new Answer(null, null, "weil"))), response(Map.of(1, new Answer(List.of(1), null, null), 4, new Answer(null, 0, null))));

		var forEditors = QuestionnaireEvaluation.results(AnswerRulesTests.QUESTIONNAIRE, responses, true);
		var forPublic = QuestionnaireEvaluation.results(AnswerRulesTests.QUESTIONNAIRE, responses, false);

		assertThat(forEditors.responses()).isEqualTo(2);
		assertThat(forEditors.questions().get(0).counts()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Ja=2", "Nein=0");
		assertThat(forEditors.questions().get(3).counts()).extracting(c -> c.label() + "=" + c.count()).containsExactly("0=1", "1=0", "2=0", "3=1");
		assertThat(forEditors.questions().get(3).mean()).isEqualTo(1.5);
		assertThat(forEditors.questions().get(2).texts()).containsExactly("weil");
		assertThat(forPublic.questions().get(2).texts()).isEmpty();
		assertThat(forPublic.questions().get(2).freeTexts()).isEqualTo(1);
	}
}
