package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.TextRules.length;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.Questionnaire.Condition;
import de.integrationskonzept.participation.Questionnaire.Kind;
import de.integrationskonzept.participation.Questionnaire.Scale;
import de.integrationskonzept.participation.Questionnaires.NewQuestion;
import de.integrationskonzept.participation.Questionnaires.NewQuestionnaire;

/**
 * The rules a new questionnaire must follow, as field → German message ({@code questions[i]} for the
 * i-th question, counted from 0). Plain Java, tested without Spring.
 */
final class QuestionnaireRules {

	static final int MAX_QUESTIONS = 50;
	static final int MAX_OPTIONS = 20;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private QuestionnaireRules() {
	}

	static Map<String, String> check(NewQuestionnaire questionnaire, ParticipationProcess process) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "title", "Der Titel", questionnaire.title(), 3, 200, true);
		length(problems, "introduction", "Die Einleitung", questionnaire.introduction(), 0, 5000, false);
		if (questionnaire.mode() == null) {
			problems.put("mode", "Bitte wählen Sie, ob der Fragebogen anonym oder nur für registrierte Nutzerinnen und Nutzer ist.");
		}
		period(problems, questionnaire.opensOn(), questionnaire.closesOn(), process);
		List<NewQuestion> questions = questionnaire.questions() == null ? List.of() : questionnaire.questions();
		if (questions.isEmpty()) {
			problems.put("questions", "Bitte legen Sie mindestens eine Frage an.");
		}
		else if (questions.size() > MAX_QUESTIONS) {
			problems.put("questions", "Ein Fragebogen hat höchstens " + MAX_QUESTIONS + " Fragen.");
		}
		for (int i = 0; i < questions.size() && i < MAX_QUESTIONS; i++) {
			List<String> found = question(i + 1, questions.get(i), questions);
			if (!found.isEmpty()) {
				problems.put("questions[" + i + "]", "Frage " + (i + 1) + ": " + String.join(" ", found));
			}
		}
		return problems;
	}

	/** The open period lies within the process's phases (from the first phase's start to the last phase's end). */
	private static void period(Map<String, String> problems, LocalDate opensOn, LocalDate closesOn, ParticipationProcess process) {
		if (opensOn == null) {
			problems.put("opensOn", "Bitte geben Sie an, ab wann der Fragebogen offen ist.");
		}
		if (closesOn == null) {
			problems.put("closesOn", "Bitte geben Sie an, bis wann der Fragebogen offen ist.");
		}
		if (opensOn == null || closesOn == null) {
			return;
		}
		if (closesOn.isBefore(opensOn)) {
			problems.put("closesOn", "Der Fragebogen schließt am " + DAY.format(closesOn) + ", vor seiner Öffnung am " + DAY.format(opensOn) + ".");
			return;
		}
		LocalDate first = process.phases().stream().map(Phase::startsOn).min(LocalDate::compareTo).orElse(null);
		LocalDate last = process.phases().stream().map(Phase::endsOn).max(LocalDate::compareTo).orElse(null);
		if (first != null && (opensOn.isBefore(first) || closesOn.isAfter(last))) {
			problems.put("opensOn", "Der Fragebogen muss innerhalb des Beteiligungsverfahrens offen sein (" + DAY.format(first) + " bis "
					+ DAY.format(last) + ").");
		}
	}

	private static List<String> question(int number, NewQuestion question, List<NewQuestion> all) {
		List<String> problems = new ArrayList<>();
		int textLength = question.text() == null ? 0 : question.text().strip().length();
		if (textLength < 3 || textLength > 500) {
			problems.add("Der Fragetext muss 3 bis 500 Zeichen lang sein.");
		}
		if (question.kind() == null) {
			problems.add("Bitte wählen Sie die Art der Frage.");
			return problems;
		}
		List<String> options = question.options() == null ? List.of() : question.options();
		if (question.kind().isChoice()) {
			options(options, problems);
		}
		else if (!options.isEmpty()) {
			problems.add("Nur Auswahlfragen haben Antwortmöglichkeiten.");
		}
		if (question.kind() == Kind.SCALE) {
			scale(question.scale(), problems);
		}
		if (question.kind() == Kind.FREE_TEXT && (question.maxLength() == null || question.maxLength() < 1 || question.maxLength() > 5000)) {
			problems.add("Die Höchstlänge einer Freitextantwort muss zwischen 1 und 5000 Zeichen liegen.");
		}
		if (question.showIf() != null) {
			condition(number, question.showIf(), all, problems);
		}
		return problems;
	}

	private static void options(List<String> options, List<String> problems) {
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			problems.add("Eine Auswahlfrage braucht 2 bis " + MAX_OPTIONS + " Antwortmöglichkeiten.");
		}
		if (options.stream().anyMatch(option -> option == null || option.isBlank() || option.strip().length() > 200)) {
			problems.add("Jede Antwortmöglichkeit braucht einen Text von höchstens 200 Zeichen.");
		}
		if (new HashSet<>(options.stream().map(option -> option == null ? "" : option.strip()).toList()).size() < options.size()) {
			problems.add("Antwortmöglichkeiten dürfen nicht doppelt vorkommen.");
		}
	}

	private static void scale(Scale scale, List<String> problems) {
		if (scale == null || scale.min() < 0 || scale.min() > 1 || scale.max() < scale.min() + 1 || scale.max() > 10) {
			problems.add("Eine Skala beginnt bei 0 oder 1 und endet bei höchstens 10 (z. B. 1 bis 5).");
		}
		if (scale != null && (blankOrLonger(scale.minLabel(), 100) || blankOrLonger(scale.maxLabel(), 100))) {
			problems.add("Bitte beschriften Sie beide Enden der Skala (je höchstens 100 Zeichen).");
		}
	}

	private static void condition(int number, Condition condition, List<NewQuestion> all, List<String> problems) {
		if (condition.question() < 1 || condition.question() >= number) {
			problems.add("Die Bedingung muss sich auf eine frühere Frage beziehen.");
			return;
		}
		NewQuestion earlier = all.get(condition.question() - 1);
		if (earlier.kind() == null || !earlier.kind().isChoice()) {
			problems.add("Die Bedingung muss sich auf eine Auswahlfrage beziehen (Frage " + condition.question() + " ist keine).");
		}
		else if (earlier.options() == null || condition.option() < 1 || condition.option() > earlier.options().size()) {
			problems.add("Frage " + condition.question() + " hat keine Antwortmöglichkeit Nr. " + condition.option() + ".");
		}
	}

	private static boolean blankOrLonger(String value, int max) {
		return value == null || value.isBlank() || value.strip().length() > max;
	}
}
