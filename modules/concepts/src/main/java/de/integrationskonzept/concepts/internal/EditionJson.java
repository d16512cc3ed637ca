package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange format of a whole edition ({@code integrationskonzept-edition/1}): export and
 * import round-trip exactly. Import reads strictly (unknown keys are errors) and validates the
 * whole document before anything is written.
 */
final class EditionJson {

	static final String FORMAT = "integrationskonzept-edition/1";

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// version is not part of the document; a missing "example" means false
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private EditionJson() {
	}

	static ObjectNode export(Edition edition, String tenantSlug) {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("format", FORMAT);
		document.put("tenant", tenantSlug);
		document.setAll((ObjectNode) MAPPER.valueToTree(edition));
		return document;
	}

	/** Reads and validates a document; throws {@link EditionProblems.Invalid} listing every problem. */
	static Edition read(String json) {
		List<String> problems = new ArrayList<>();
		JsonNode document;
		try {
			document = MAPPER.readTree(json);
		}
		catch (JacksonException e) {
			throw new EditionProblems.Invalid(List.of("Die Datei ist kein gültiges JSON: " + e.getOriginalMessage()));
		}
		if (!(document instanceof ObjectNode object)) {
			throw new EditionProblems.Invalid(List.of("Die Datei enthält kein JSON-Objekt."));
		}
		if (!FORMAT.equals(object.path("format").asString(null))) {
			problems.add("Unbekanntes Format: erwartet wird \"format\": \"" + FORMAT + "\".");
		}
		ObjectNode content = object.deepCopy();
		content.remove(List.of("format", "tenant"));
		Edition edition = null;
		try {
			edition = MAPPER.treeToValue(content, Edition.class);
		}
		catch (JacksonException | IllegalArgumentException e) {
			problems.add("Inhalt ungültig: " + (e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage())
					+ location(e));
		}
		if (edition != null) {
			problems.addAll(edition.problems());
		}
		if (!problems.isEmpty()) {
			throw new EditionProblems.Invalid(problems);
		}
		return edition;
	}

	private static String location(Exception e) {
		if (e instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder(" (bei ");
			databind.getPath().forEach(reference -> path.append(reference.getPropertyName() != null
					? "/" + reference.getPropertyName() : "/" + reference.getIndex()));
			return path.append(")").toString();
		}
		return "";
	}
}
