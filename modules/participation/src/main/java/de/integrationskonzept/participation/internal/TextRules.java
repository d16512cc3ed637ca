package de.integrationskonzept.participation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text checks every rule class of the module shares: a length within bounds, as field →
 * German message, and the treatment of blank input. Plain Java.
 */
final class TextRules {

	private TextRules() {
	}

	/**
	 * Adds a message for {@code field} when the stripped {@code value} is missing although
	 * {@code required}, shorter than {@code min} or longer than {@code max}; {@code what} names it
	 * in the message („Der Titel“).
	 */
	static void length(Map<String, String> problems, String field, String what, String value, int min, int max, boolean required) {
		int length = value == null ? 0 : value.strip().length();
		if (length == 0 && required) {
			problems.put(field, what + " fehlt.");
		}
		else if (length > 0 && length < min) {
			problems.put(field, what + " ist zu kurz (mindestens " + min + " Zeichen).");
		}
		else if (length > max) {
			problems.put(field, what + " ist zu lang (höchstens " + max + " Zeichen, jetzt " + length + ").");
		}
	}

	/** The problems of a single text field: none, or the one {@link #length} finds. */
	static Map<String, String> lengthOf(String field, String what, String value, int min, int max, boolean required) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, field, what, value, min, max, required);
		return problems;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The value without surrounding white space, or null when nothing was entered (stored as no value). */
	static String strippedOrNull(String value) {
		return blank(value) ? null : value.strip();
	}
}
