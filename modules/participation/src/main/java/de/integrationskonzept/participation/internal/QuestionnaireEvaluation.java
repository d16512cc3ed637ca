package de.integrationskonzept.participation.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.QuestionnaireResults;
import de.integrationskonzept.participation.QuestionnaireResults.Count;
import de.integrationskonzept.participation.QuestionnaireResults.QuestionResult;
import de.integrationskonzept.participation.Questionnaires.Answer;
import de.integrationskonzept.participation.internal.QuestionnaireRepository.StoredResponse;
import de.integrationskonzept.platform.web.SpreadsheetCells;

/**
 * Results per question and the CSV export, computed from the stored responses. Plain Java, tested
 * without Spring.
 */
final class QuestionnaireEvaluation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private QuestionnaireEvaluation() {
	}

	/** @param withTexts whether the free texts themselves are included (editors only) */
	static QuestionnaireResults results(Questionnaire questionnaire, List<StoredResponse> responses, boolean withTexts) {
		List<QuestionResult> results = questionnaire.questions().stream().map(question -> {
			List<Answer> answers = responses.stream().map(response -> response.answers().get(question.number())).filter(Objects::nonNull)
				.toList();
			return result(question, answers, withTexts);
		}).toList();
		return new QuestionnaireResults(questionnaire, responses.size(), results);
	}

	private static QuestionResult result(Question question, List<Answer> answers, boolean withTexts) {
		List<Count> counts = new ArrayList<>();
		Double mean = null;
		if (question.kind().isChoice()) {
			for (int option = 1; option <= question.options().size(); option++) {
				int chosen = option;
				counts.add(new Count(question.option(option), (int) answers.stream().filter(answer -> answer.options().contains(chosen)).count()));
			}
		}
		else if (question.kind() == Questionnaire.Kind.SCALE) {
			for (int value = question.scale().min(); value <= question.scale().max(); value++) {
				int given = value;
				counts.add(new Count(Integer.toString(value), (int) answers.stream().filter(answer -> Objects.equals(answer.value(), given)).count()));
			}
			mean = answers.isEmpty() ? null : answers.stream().mapToInt(Answer::value).average().orElseThrow();
		}
		List<String> texts = question.kind() == Questionnaire.Kind.FREE_TEXT ? answers.stream().map(Answer::text).toList() : List.of();
		return new QuestionResult(question, answers.size(), counts, mean, texts.size(), withTexts ? texts : List.of());
	}

	/**
	 * RFC 4180 (comma, CRLF, quotes doubled) in UTF-8 with a BOM, one row per response and one column
	 * per question; no account ids, tokens or times of day — only the day of the response. Cells
	 * starting with = + - @ (or a tab or carriage return) get a leading apostrophe, so spreadsheet
	 * programs do not run them as formulas.
	 */
	static byte[] csv(Questionnaire questionnaire, List<StoredResponse> responses) {
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("Antwort", "Datum"));
		questionnaire.questions().forEach(question -> header.add(question.number() + ". " + question.text()));
		row(out, header);
		int number = 1;
		for (StoredResponse response : responses) {
			List<String> cells = new ArrayList<>(List.of(Integer.toString(number++),
					DAY.format(response.submittedAt().atZoneSameInstant(ParticipationProcess.ZONE))));
			questionnaire.questions().forEach(question -> cells.add(cell(question, response.answers().get(question.number()))));
			row(out, cells);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static String cell(Question question, Answer answer) {
		if (answer == null) {
			return "";
		}
		return switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.options().stream().map(question::option).collect(Collectors.joining("; "));
			case SCALE -> answer.value() == null ? "" : answer.value().toString();
			case FREE_TEXT -> answer.text() == null ? "" : answer.text();
		};
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append(cells.stream().map(QuestionnaireEvaluation::escape).collect(Collectors.joining(","))).append("\r\n");
	}

	static String escape(String value) {
		String cell = SpreadsheetCells.defused(value);
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") || cell.contains(";")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}
}
