package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fragebögen of the current tenant's Beteiligungsverfahren. Reading a questionnaire is public;
 * creating one, the full results and the CSV export need {@code EDITOR}.
 */
public interface Questionnaires {

	/** All questionnaires, newest first. */
	List<Questionnaire> list();

	/** The questionnaires of one process, newest first. */
	List<Questionnaire> of(UUID processId);

	Questionnaire get(UUID id);

	/** Creates a questionnaire with its questions; every problem is reported at once and nothing is stored on refusal. */
	Questionnaire create(NewQuestionnaire questionnaire);

	/** Whether the results are shown publicly once the questionnaire has closed. */
	Questionnaire publishResults(UUID id, boolean resultsPublic);

	/**
	 * Stores one response: only while the questionnaire is open ({@code PhaseClosed} otherwise), once
	 * per account (REGISTERED, role ≥ {@code CITIZEN}) or browser token (ANONYMOUS, with a limit per
	 * client address), with every answer checked ({@code Invalid}, all problems at once). Answers to
	 * questions hidden by their condition are dropped, not stored.
	 */
	Submitted respond(UUID id, Respondent respondent, Map<Integer, Answer> answers);

	/** Whether the signed-in account (REGISTERED) or the respondent's browser (ANONYMOUS) already responded. */
	boolean hasResponded(UUID id, Respondent respondent);

	/**
	 * Results per question. Editors always see them, with the free texts; everyone else only once the
	 * questionnaire closed and if its results are public, without free texts.
	 */
	QuestionnaireResults results(UUID id);

	/** All responses as CSV (RFC 4180, UTF-8 with BOM) without personal data, for editors. */
	byte[] responsesCsv(UUID id);

	/**
	 * @param options chosen option numbers (choice questions)
	 * @param value the chosen scale value
	 * @param text the free text
	 */
	record Answer(List<Integer> options, Integer value, String text) {

		public Answer {
			options = options == null ? List.of() : List.copyOf(options);
		}

		public boolean isEmpty() {
			return options.isEmpty() && value == null && (text == null || text.isBlank());
		}
	}

	/**
	 * Who answers an ANONYMOUS questionnaire: the browser's random token (only its hash is stored) and
	 * the client address for the abuse limit. REGISTERED questionnaires take the signed-in account instead.
	 */
	record Respondent(String browserToken, String clientAddress) {
	}

	/** @param dropped numbers of answered questions that were hidden by their condition and therefore not stored */
	record Submitted(UUID responseId, List<Integer> dropped) {
	}

	record NewQuestionnaire(UUID processId, String title, String introduction, LocalDate opensOn, LocalDate closesOn, Questionnaire.Mode mode,
			boolean resultsPublic, List<NewQuestion> questions) {
	}

	/**
	 * A question to create; {@code showIf} refers to an earlier choice question and its option by number (from 1).
	 * Unused parts (options of a scale, …) must be left empty.
	 */
	record NewQuestion(Questionnaire.Kind kind, String text, boolean required, List<String> options, Questionnaire.Scale scale,
			Integer maxLength, Questionnaire.Condition showIf) {
	}
}
