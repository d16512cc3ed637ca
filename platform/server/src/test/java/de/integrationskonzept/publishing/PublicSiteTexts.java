package de.integrationskonzept.publishing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the browser tests expect to read on the public pages, independent of how a page is built.
 */
final class PublicSiteTexts {

	/**
	 * A start page without a published concept says so, e.g. "Es ist noch kein Integrationskonzept
	 * veröffentlicht." (or "… noch nicht veröffentlicht"; in English "No … has been published yet").
	 */
	static final Pattern NO_PUBLISHED_CONCEPT = Pattern.compile(
			"(?iu)((kein\\w*|noch nicht)[^.!?\\n]{0,120}veröffentlicht|veröffentlicht[^.!?\\n]{0,120}(kein\\w*|noch nicht)"
					+ "|\\bno\\b[^.!?\\n]{0,120}published|not (yet )?(been )?published)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

	// Every English UI text of the platform and the modules (messages*_en.properties on the classpath),
	// as a pattern in which MessageFormat arguments match anything.
	private static final List<Pattern> ENGLISH_MESSAGES = loadEnglishMessages();

	private PublicSiteTexts() {
	}

	/** Whether the text is one of the English messages (with its arguments filled in). */
	static boolean isEnglishMessage(String text) {
		return ENGLISH_MESSAGES.stream().anyMatch(message -> message.matcher(text).matches());
	}

	private static List<Pattern> loadEnglishMessages() {
		var patterns = new ArrayList<Pattern>();
		try {
			for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*_en.properties")) {
				var messages = new Properties();
				try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					messages.load(reader);
				}
				for (var value : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
					var literal = value.replace("''", "'");
					// Too little text of its own ("{0}", "OK") would match headings that are not English.
					if (PLACEHOLDER.matcher(literal).replaceAll("").replaceAll("[^\\p{L}]", "").length() >= 4) {
						patterns.add(Pattern.compile(Arrays.stream(PLACEHOLDER.split(literal, -1))
							.map(Pattern::quote)
							.collect(Collectors.joining(".+"))));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (patterns.isEmpty()) {
			throw new IllegalStateException("no messages*_en.properties on the test classpath");
		}
		return patterns;
	}
}
