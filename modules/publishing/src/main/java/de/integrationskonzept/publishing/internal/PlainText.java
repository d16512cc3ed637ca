package de.integrationskonzept.publishing.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Texts that staff enter (Impressum, news, messages) are plain text, never HTML: templates show
 * them as paragraphs (split at blank lines) of lines (split at line breaks), each escaped by
 * {@code th:text}. Available in templates as {@code @publishingPlainText}.
 */
@Component("publishingPlainText")
public class PlainText {

	/** Dates and times on the site are shown in German local time. */
	public static final ZoneId GERMAN_TIME = ZoneId.of("Europe/Berlin");

	/** Paragraphs of lines; blank input gives none. */
	public List<List<String>> paragraphs(String text) {
		return split(text);
	}

	public static List<List<String>> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.map(paragraph -> paragraph.lines().map(String::strip).toList())
			.toList();
	}

	/** Trimmed text with uniform line breaks and without control characters, or {@code null} when blank. */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
		return clean.isEmpty() ? null : clean;
	}
}
