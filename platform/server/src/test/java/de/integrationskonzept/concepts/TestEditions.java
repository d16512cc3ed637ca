package de.integrationskonzept.concepts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The test edition ({@code concepts/test-edition.json}) with fresh ids, so every test imports
 * an edition of its own; references between items keep pointing at each other.
 */
public final class TestEditions {

	private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\{\\{EDITION_ID}}");

	private TestEditions() {
	}

	public static String fresh() {
		String document;
		try {
			document = new ClassPathResource("concepts/test-edition.json").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> renewed = new HashMap<>();
		Matcher ids = IDS.matcher(document);
		StringBuilder out = new StringBuilder();
		while (ids.find()) {
			ids.appendReplacement(out, renewed.computeIfAbsent(ids.group(), old -> UUID.randomUUID().toString()));
		}
		return ids.appendTail(out).toString();
	}
}
