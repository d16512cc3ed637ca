package de.integrationskonzept.participation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.Questionnaires.Answer;

/**
 * Checks a response against the questions: which questions are visible (their condition met by
 * the answers before them), that visible required questions are answered and that every answer
 * fits its question. Answers to hidden questions are dropped rather than refused: without
 * JavaScript the form shows every question, and whoever answered one and then changed the answer
 * it depends on should not have to clear it again. Plain Java, tested without Spring.
 */
final class AnswerRules {

	private AnswerRules() {
	}

	/**
	 * @param kept the answers to store (visible questions only, without empty ones), by question number
	 * @param dropped numbers of answered questions that were hidden
	 * @param problems {@code q<number>} (or {@code ""} for the whole response) → German message
	 */
	record Checked(Map<Integer, Answer> kept, List<Integer> dropped, Map<String, String> problems) {
	}

	static Checked check(Questionnaire questionnaire, Map<Integer, Answer> given) {
		Map<Integer, Answer> answers = given == null ? Map.of() : given;
		Map<String, String> problems = new LinkedHashMap<>();
		answers.keySet().stream().filter(number -> number == null || questionnaire.question(number) == null).forEach(number -> problems
			.put("", "Frage " + number + " gibt es in diesem Fragebogen nicht."));
		Map<Integer, Answer> kept = new TreeMap<>();
		List<Integer> dropped = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			Answer answer = normalised(answers.get(question.number()));
			if (!visible(question, kept)) {
				if (answer != null) {
					dropped.add(question.number());
				}
				continue;
			}
			String problem = answer == null ? (question.required() ? "Dies ist eine Pflichtfrage. Bitte beantworten Sie sie." : null)
					: problem(question, answer);
			if (problem != null) {
				problems.put("q" + question.number(), "Frage " + question.number() + ": " + problem);
			}
			else if (answer != null) {
				kept.put(question.number(), answer);
			}
		}
		return new Checked(kept, List.copyOf(dropped), problems);
	}

	/** Visible when it has no condition, or the (valid, kept) answer to the earlier question includes the option. */
	static boolean visible(Question question, Map<Integer, Answer> kept) {
		if (question.showIf() == null) {
			return true;
		}
		Answer earlier = kept.get(question.showIf().question());
		return earlier != null && earlier.options().contains(question.showIf().option());
	}

	/** Null for no answer; choices without duplicates, text stripped. */
	private static Answer normalised(Answer answer) {
		if (answer == null || answer.isEmpty()) {
			return null;
		}
		String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
		return new Answer(answer.options().stream().distinct().sorted().toList(), answer.value(), text);
	}

	private static String problem(Question question, Answer answer) {
		return switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(question, answer);
			case SCALE -> scale(question, answer);
			case FREE_TEXT -> freeText(question, answer);
		};
	}

	private static String choice(Question question, Answer answer) {
		if (answer.value() != null || answer.text() != null || answer.options().isEmpty()) {
			return "Bitte wählen Sie eine der vorgegebenen Antworten.";
		}
		if (answer.options().stream().anyMatch(option -> option == null || question.option(option) == null)) {
			return "Die gewählte Antwort gehört nicht zu dieser Frage.";
		}
		if (question.kind() == Questionnaire.Kind.SINGLE_CHOICE && answer.options().size() > 1) {
			return "Bitte wählen Sie nur eine Antwort.";
		}
		return null;
	}

	private static String scale(Question question, Answer answer) {
		Questionnaire.Scale scale = question.scale();
		if (!answer.options().isEmpty() || answer.text() != null || answer.value() == null || answer.value() < scale.min()
				|| answer.value() > scale.max()) {
			return "Bitte wählen Sie einen Wert von " + scale.min() + " bis " + scale.max() + ".";
		}
		return null;
	}

	private static String freeText(Question question, Answer answer) {
		if (!answer.options().isEmpty() || answer.value() != null) {
			return "Bitte antworten Sie mit einem Text.";
		}
		int length = answer.text().length();
		if (length > question.maxLength()) {
			return "Ihre Antwort ist zu lang (höchstens " + question.maxLength() + " Zeichen, jetzt " + length + ").";
		}
		return null;
	}
}
