package de.integrationskonzept.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (committed under {@code src/test/resources/axe/}, see the README there) in the page a
 * browser shows, against the WCAG 2.0/2.1 A and AA rules. Public for the browser tests of other
 * modules (participation).
 */
public final class Axe {

	/** Impacts that fail a page; "minor" and "moderate" are left to review. */
	public static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private static final String SOURCE = load("/axe/axe.min.js");

	// Called as an async script: Selenium passes the callback as the last argument.
	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, {
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations']
			  })
			  .then(result => done({ violations: result.violations.map(v => ({
			    id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
			    targets: v.nodes.map(n => n.target.join(' '))
			  })) }))
			  .catch(error => done({ error: String(error) }));
			""";

	/** One violated rule with the elements that violate it. */
	public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

		/** Whether the impact fails a page. */
		public boolean blocking() {
			return BLOCKING_IMPACTS.contains(impact);
		}

		@Override
		public String toString() {
			return "- %s (%s): %s%n    on %s%n    see %s".formatted(id, impact, help, String.join(", ", targets), helpUrl);
		}
	}

	private Axe() {
	}

	/** Injects axe-core into the current page (if not there yet) and returns all violations. */
	@SuppressWarnings("unchecked")
	public static List<Violation> violations(JavascriptExecutor browser) {
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
			browser.executeScript(SOURCE);
		}
		var result = (Map<String, Object>) browser.executeAsyncScript(RUN);
		if (result.containsKey("error")) {
			throw new IllegalStateException("axe-core failed in the page: " + result.get("error"));
		}
		return ((List<Map<String, Object>>) result.get("violations")).stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(String) v.get("helpUrl"), (List<String>) v.get("targets")))
			.toList();
	}

	/** A readable list for a failure message, one rule per entry. */
	public static String describe(List<Violation> violations) {
		return violations.stream().map(Violation::toString).collect(Collectors.joining(System.lineSeparator()));
	}

	private static String load(String resource) {
		try (InputStream in = Axe.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
