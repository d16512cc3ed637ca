package de.integrationskonzept.concepts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in several languages: German ({@code de}) is required, {@code de-simple} is the
 * Einfache-Sprache version, other keys are language codes ({@code en}, {@code ar}, {@code tr} …).
 */
public record LocalizedText(Map<String, String> texts) {

	public static final String GERMAN = "de";
	public static final String PLAIN_GERMAN = "de-simple";
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-simple)?");

	@JsonCreator
	public LocalizedText {
		if (texts == null || texts.get(GERMAN) == null || texts.get(GERMAN).isBlank()) {
			throw new IllegalArgumentException("a German text (\"de\") is required");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		texts.forEach((language, text) -> {
			if (!LANGUAGE.matcher(language).matches()) {
				throw new IllegalArgumentException("unknown language key \"" + language + "\"");
			}
			if (text != null && !text.isBlank()) {
				copy.put(language, text.strip());
			}
		});
		texts = Collections.unmodifiableMap(copy);
	}

	public static LocalizedText german(String text) {
		return new LocalizedText(Map.of(GERMAN, text));
	}

	@JsonValue
	public Map<String, String> texts() {
		return texts;
	}

	public String german() {
		return texts.get(GERMAN);
	}

	public boolean has(String language) {
		return texts.containsKey(language);
	}
}
