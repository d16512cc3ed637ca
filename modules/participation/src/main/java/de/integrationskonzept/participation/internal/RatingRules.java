package de.integrationskonzept.participation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import de.integrationskonzept.participation.ExpertRatings.NewRating;

/** What a rating must hold, as field → German message. Plain Java, tested without Spring. */
final class RatingRules {

	static final int MAX_COMMENT = 2000;

	private RatingRules() {
	}

	static Map<String, String> check(NewRating rating) {
		Map<String, String> problems = new LinkedHashMap<>();
		score(problems, "relevance", "die Relevanz", rating.relevance());
		score(problems, "feasibility", "die Umsetzbarkeit", rating.feasibility());
		int comment = rating.comment() == null ? 0 : rating.comment().strip().length();
		if (comment > MAX_COMMENT) {
			problems.put("comment", "Der Kommentar ist zu lang (höchstens " + MAX_COMMENT + " Zeichen, jetzt " + comment + ").");
		}
		return problems;
	}

	/** An empty comment is no comment. */
	static String comment(NewRating rating) {
		return rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
	}

	private static void score(Map<String, String> problems, String field, String what, Integer value) {
		if (value == null) {
			problems.put(field, "Bitte bewerten Sie " + what + " auf der Skala von 1 bis 5.");
		}
		else if (value < 1 || value > 5) {
			problems.put(field, "Bitte bewerten Sie " + what + " mit einer Zahl von 1 bis 5 (nicht " + value + ").");
		}
	}
}
