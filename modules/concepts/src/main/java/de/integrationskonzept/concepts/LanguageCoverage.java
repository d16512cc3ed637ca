package de.integrationskonzept.concepts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which texts of an edition exist in which language: for each language other than standard
 * German, the items that still lack a text in it (e.g. for plain language, {@code de-simple}).
 */
public record LanguageCoverage(int items, Map<String, List<Missing>> missing) {

	/** An item without a text in the language. */
	public record Missing(String itemType, UUID itemId, String germanText) {
	}
}
