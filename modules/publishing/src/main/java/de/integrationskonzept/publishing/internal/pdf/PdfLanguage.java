package de.integrationskonzept.publishing.internal.pdf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.integrationskonzept.concepts.LocalizedText;

/**
 * The language a PDF is asked for and how its texts are chosen. Headings and labels exist in
 * German and English only, so the document's own language ({@code root}) is English for
 * {@code en} and German otherwise; every text whose language differs from it (an Arabic goal, a
 * German fallback in an English PDF) is marked with its own language and, if needed, direction,
 * so screen readers switch voice and Arabic runs right to left.
 */
record PdfLanguage(String requested, String root, Locale labelLocale) {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-simple)?");
	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ku");

	/** Unknown or missing languages give the German PDF. */
	static PdfLanguage of(String language) {
		String requested = language == null || !LANGUAGE.matcher(language).matches() ? LocalizedText.GERMAN : language;
		boolean english = "en".equals(requested);
		return new PdfLanguage(requested, english ? "en" : "de", english ? Locale.ENGLISH : Locale.GERMAN);
	}

	boolean rightToLeft() {
		return RIGHT_TO_LEFT.contains(requested);
	}

	/** The text in the requested language, else German; null when there is no text at all. */
	Text text(LocalizedText text) {
		if (text == null) {
			return null;
		}
		String chosen = text.has(requested) ? requested : LocalizedText.GERMAN;
		String spoken = chosen.endsWith("-simple") ? chosen.substring(0, chosen.indexOf('-')) : chosen;
		return new Text(text.texts().get(chosen), spoken.equals(root) ? null : spoken,
				RIGHT_TO_LEFT.contains(spoken) ? "rtl" : null);
	}

	/**
	 * A text with the language and direction to mark it with (both null when it matches the
	 * document). Characters XML 1.0 cannot carry are dropped, so no stored text breaks the PDF.
	 */
	record Text(String value, String lang, String dir) {

		private static final Pattern NOT_IN_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

		Text {
			value = clean(value);
		}

		static String clean(String value) {
			return value == null ? null : NOT_IN_XML.matcher(value).replaceAll("");
		}
	}
}
