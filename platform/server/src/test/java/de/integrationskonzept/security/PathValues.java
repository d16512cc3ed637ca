package de.integrationskonzept.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Values for a route's path variables: the tenant's slug, real ids of its rows found by the variable's
 * name ({@code editionId} → a table named edition; a bare {@code id} by the path segment before it), and
 * plausible values for codes, years, sections and Handlungsfeld slugs. Unknown names get a random id (the route
 * then answers 404).
 */
record PathValues(String slug, Map<String, List<String>> idsByTable) {

	/** German path segments and API nouns before a bare {@code {id}}, and the table they name. */
	private static final Map<String, String> SEGMENTS = Map.ofEntries(Map.entry("konzept", "edition"), Map.entry("editions", "edition"),
			Map.entry("fassungen", "edition"), Map.entry("beteiligung", "process"), Map.entry("processes", "process"),
			Map.entry("ideas", "idea"), Map.entry("frageboegen", "questionnaire"), Map.entry("questionnaires", "questionnaire"),
			Map.entry("actors", "actor"), Map.entry("aktuelles", "news_item"), Map.entry("news", "news_item"),
			Map.entry("comments", "comment"), Map.entry("nachrichten", "contact_message"), Map.entry("workshops", "workshop"));

	String value(Routes.Route route, String variable) {
		return candidates(route, variable).getFirst();
	}

	/**
	 * Every value worth trying for the variable: up to three real ids of its table (a route with several ids may
	 * need the ones that belong together, e.g. a project of that edition), or one fixed value.
	 */
	List<String> candidates(Routes.Route route, String variable) {
		String name = variable.toLowerCase(Locale.ROOT);
		if (name.equals("tenantslug") || name.equals("slug")) {
			return List.of(slug);
		}
		if (name.contains("year") || name.equals("jahr")) {
			return Stream.concat(idsByTable.getOrDefault("report_year", List.of()).stream(), Stream.of("2024"))
				.distinct().toList();
		}
		if (name.equals("code")) {
			return List.of("arbeitslosenquote-auslaender");
		}
		if (name.equals("section")) {
			return List.of("summary");
		}
		if (name.equals("kind")) {
			return List.of("ideen");
		}
		if (name.equals("part")) {
			return List.of("leitlinien");
		}
		if (name.equals("name")) {
			return List.of("massnahmen");
		}
		if (name.equals("fieldslug")) {
			return idsOf("field_slug");
		}
		String stem = name.endsWith("id") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
		if (stem.equals("id")) {
			stem = SEGMENTS.getOrDefault(segmentBefore(route.pattern(), variable), "");
		}
		String table = switch (stem) {
			case "group" -> "working_group";
			case "meeting" -> "working_group_meeting";
			case "file" -> "attachment";
			case "project" -> "funded_project";
			case "account" -> "membership";
			default -> stem;
		};
		return idsOf(table);
	}

	private List<String> idsOf(String table) {
		if (idsByTable.containsKey(table) && !idsByTable.get(table).isEmpty()) {
			return idsByTable.get(table);
		}
		for (var entry : idsByTable.entrySet()) {
			if (!table.isEmpty() && entry.getKey().endsWith(table) && !entry.getValue().isEmpty()) {
				return entry.getValue();
			}
		}
		return List.of(UUID.randomUUID().toString());
	}

	private static String segmentBefore(String pattern, String variable) {
		String before = pattern.substring(0, pattern.indexOf("{" + variable));
		String[] segments = before.split("/");
		return segments.length == 0 ? "" : segments[segments.length - 1];
	}
}
