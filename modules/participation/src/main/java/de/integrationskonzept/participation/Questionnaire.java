package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Fragebogen of a Beteiligungsverfahren: open from {@code opensOn} to {@code closesOn} (both
 * included, Europe/Berlin), answered anonymously or by registered members, with its questions
 * in order (numbered from 1). Questions do not change once created, so all responses answer the
 * same questions.
 */
public record Questionnaire(UUID id, UUID processId, String title, String introduction, LocalDate opensOn, LocalDate closesOn, Mode mode,
		boolean resultsPublic, List<Question> questions) {

	public Questionnaire {
		introduction = introduction == null ? "" : introduction;
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

	/** Who may answer: anyone (one response per browser) or signed-in members (one per account). */
	public enum Mode {
		ANONYMOUS("anonym, ohne Anmeldung"),
		REGISTERED("nur für registrierte Nutzerinnen und Nutzer");

		private final String label;

		Mode(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Kind {
		SINGLE_CHOICE("Einfachauswahl"),
		MULTIPLE_CHOICE("Mehrfachauswahl"),
		SCALE("Skala"),
		FREE_TEXT("Freitext");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean isChoice() {
			return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
		}
	}

	/** A scale from {@code min} to {@code max} (e.g. 1–5) with labels for both ends. */
	public record Scale(int min, int max, String minLabel, String maxLabel) {
	}

	/** Show the question only if the answer to the earlier choice question {@code question} includes option {@code option} (numbers from 1). */
	public record Condition(int question, int option) {
	}

	/**
	 * One question. Choice questions have {@code options} (numbered from 1), scales a {@code scale},
	 * free texts a {@code maxLength}; {@code showIf} is null for questions always shown.
	 */
	public record Question(int number, Kind kind, String text, boolean required, List<String> options, Scale scale, Integer maxLength,
			Condition showIf) {

		public Question {
			options = options == null ? List.of() : List.copyOf(options);
		}

		/** The option with the given number (from 1), or null. */
		public String option(int optionNumber) {
			return optionNumber >= 1 && optionNumber <= options.size() ? options.get(optionNumber - 1) : null;
		}
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean isClosedOn(LocalDate day) {
		return day.isAfter(closesOn);
	}

	/** Results are public once the questionnaire closed, if the editors chose so. */
	public boolean resultsPublicOn(LocalDate day) {
		return resultsPublic && isClosedOn(day);
	}

	public Question question(int number) {
		return number >= 1 && number <= questions.size() ? questions.get(number - 1) : null;
	}
}
