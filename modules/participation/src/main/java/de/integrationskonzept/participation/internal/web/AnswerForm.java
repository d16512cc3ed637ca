package de.integrationskonzept.participation.internal.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.Questionnaires.Answer;

/**
 * Reads the public questionnaire form (parameters {@code q<number>}: option numbers, a scale value
 * or a text) into answers, and keeps what was entered to show it again next to the errors.
 */
final class AnswerForm {

	/** Not a number: the service then reports the answer as not belonging to the question. */
	private static final int UNREADABLE = -1;

	private AnswerForm() {
	}

	/** What the person entered, by question number, as the form sent it (to fill the form again). */
	static Map<Integer, List<String>> given(Questionnaire questionnaire, Map<String, String[]> parameters) {
		Map<Integer, List<String>> given = new LinkedHashMap<>();
		for (Question question : questionnaire.questions()) {
			String[] values = parameters.get("q" + question.number());
			if (values != null) {
				given.put(question.number(), Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList());
			}
		}
		return given;
	}

	static Map<Integer, Answer> answers(Questionnaire questionnaire, Map<Integer, List<String>> given) {
		Map<Integer, Answer> answers = new LinkedHashMap<>();
		given.forEach((number, values) -> {
			if (values.isEmpty()) {
				return;
			}
			Question question = questionnaire.question(number);
			answers.put(number, switch (question.kind()) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer(values.stream().map(AnswerForm::number).toList(), null, null);
				case SCALE -> new Answer(List.of(), number(values.getFirst()), null);
				case FREE_TEXT -> new Answer(List.of(), null, values.getFirst());
			});
		});
		return answers;
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			return UNREADABLE;
		}
	}
}
