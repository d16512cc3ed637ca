package de.integrationskonzept.publishing.internal.opendata;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Guideline;
import de.integrationskonzept.concepts.Edition.KeyFigure;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code concept.json}: the published concept as one document in the schema
 * {@code integrationskonzept-open-data/1}, documented on the open data page. Every key is always
 * present (null when empty) so consumers can rely on the shape; texts are objects keyed by
 * language ({@code de} always, {@code de-simple}, {@code en} … where the municipality wrote them).
 * Goals, indicators and measures are flat lists linked by ids, like the CSV files. Later
 * additions (e.g. indicator values) add keys; renaming or removing one needs schema version 2.
 */
final class OpenDataJson {

	static final String SCHEMA = "integrationskonzept-open-data/1";
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private OpenDataJson() {
	}

	static String render(Tenant tenant, PublishedEdition published, SiteUrls urls) {
		Edition edition = published.edition();
		ObjectNode document = MAPPER.createObjectNode();
		document.put("schema", SCHEMA);
		document.put("documentation", urls.openData());
		licence(document.putObject("license"), tenant);
		tenant(document.putObject("tenant"), tenant, urls);
		edition(document.putObject("edition"), published, urls);
		ArrayNode languages = document.putArray("languages");
		languagesOf(edition).forEach(languages::add);
		text(document, "understanding", edition.understanding());
		text(document, "prerequisites", edition.prerequisites());
		guidelines(document.putArray("guidelines"), edition.guidelines());
		fields(document.putArray("fields"), published, urls);
		goals(document.putArray("goals"), edition);
		indicators(document.putArray("indicators"), edition);
		measures(document.putArray("measures"), edition.measures());
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
	}

	static void licence(ObjectNode licence, Tenant tenant) {
		licence.put("id", OpenDataLicence.ID);
		licence.put("title", OpenDataLicence.TITLE);
		licence.put("uri", OpenDataLicence.DCAT_URI);
		licence.put("text", OpenDataLicence.TEXT_URL);
		licence.put("attribution", tenant.name());
	}

	private static void tenant(ObjectNode node, Tenant tenant, SiteUrls urls) {
		node.put("name", tenant.name());
		node.put("slug", tenant.slug());
		node.put("ags", tenant.ags().value());
		node.put("kind", tenant.kind().name());
		node.put("bundesland", tenant.bundesland().name());
		node.put("url", urls.home());
	}

	private static void edition(ObjectNode node, PublishedEdition published, SiteUrls urls) {
		Edition edition = published.edition();
		node.put("id", published.editionId().toString());
		text(node, "title", edition.title());
		node.put("periodFrom", edition.periodFrom());
		node.put("periodTo", edition.periodTo());
		Resolution resolution = edition.resolution();
		ObjectNode decided = node.putObject("resolution");
		decided.put("body", resolution.body());
		decided.put("number", resolution.number());
		decided.put("date", resolution.date() == null ? null : resolution.date().toString());
		decided.put("result", resolution.result());
		decided.put("url", resolution.url() == null ? null : resolution.url().toString());
		node.put("continues", edition.continues() == null ? null : edition.continues().toString());
		node.put("publishedAt", published.publishedAt().toString());
		node.put("pdf", urls.pdf());
	}

	private static void guidelines(ArrayNode array, List<Guideline> guidelines) {
		for (int i = 0; i < guidelines.size(); i++) {
			Guideline guideline = guidelines.get(i);
			ObjectNode node = array.addObject();
			node.put("id", id(guideline.id()));
			node.put("position", i + 1);
			text(node, "text", guideline.text());
			node.put("example", guideline.example());
		}
	}

	private static void fields(ArrayNode array, PublishedEdition published, SiteUrls urls) {
		List<Field> fields = published.edition().fields();
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			String slug = published.fieldSlug(field);
			ObjectNode node = array.addObject();
			node.put("id", id(field.id()));
			node.put("position", i + 1);
			node.put("slug", slug);
			node.put("url", urls.field(slug));
			text(node, "name", field.name());
			text(node, "description", field.description());
			text(node, "baseline", field.baseline());
			node.put("templateCode", field.templateCode());
			ArrayNode figures = node.putArray("keyFigures");
			for (KeyFigure figure : field.keyFigures()) {
				ObjectNode figureNode = figures.addObject();
				figureNode.put("id", id(figure.id()));
				text(figureNode, "label", figure.label());
				figureNode.put("value", figure.value());
				figureNode.put("unit", figure.unit());
				figureNode.put("year", figure.year());
				figureNode.put("source", figure.source());
				figureNode.put("example", figure.example());
			}
		}
	}

	private static void goals(ArrayNode array, Edition edition) {
		for (ConceptItems.GoalItem item : ConceptItems.goals(edition)) {
			ObjectNode node = array.addObject();
			node.put("id", id(item.goal().id()));
			node.put("fieldId", id(item.field().id()));
			node.put("parentGoalId", item.parent() == null ? null : id(item.parent().id()));
			node.put("level", item.level());
			node.put("position", item.position());
			text(node, "title", item.goal().title());
			text(node, "description", item.goal().description());
			node.put("previousOutcome", item.goal().previousOutcome() == null ? null : item.goal().previousOutcome().name());
			node.put("example", item.goal().example());
		}
	}

	private static void indicators(ArrayNode array, Edition edition) {
		for (ConceptItems.IndicatorItem item : ConceptItems.indicators(edition)) {
			Edition.Indicator indicator = item.indicator();
			ObjectNode node = array.addObject();
			node.put("id", id(indicator.id()));
			node.put("goalId", id(item.goal().id()));
			node.put("fieldId", id(item.field().id()));
			node.put("position", item.position());
			text(node, "name", indicator.name());
			text(node, "definition", indicator.definition());
			node.put("unit", indicator.unit());
			node.put("dataSource", indicator.dataSource());
			node.put("baselineValue", indicator.baselineValue());
			node.put("baselineYear", indicator.baselineYear());
			node.put("targetValue", indicator.targetValue());
			node.put("targetYear", indicator.targetYear());
			node.put("direction", indicator.direction() == null ? null : indicator.direction().name());
			node.put("catalogueCode", indicator.catalogueCode());
			node.put("example", indicator.example());
		}
	}

	private static void measures(ArrayNode array, List<Measure> measures) {
		for (int i = 0; i < measures.size(); i++) {
			Measure measure = measures.get(i);
			ObjectNode node = array.addObject();
			node.put("id", id(measure.id()));
			node.put("position", i + 1);
			text(node, "title", measure.title());
			text(node, "description", measure.description());
			node.put("responsible", measure.responsible());
			ArrayNode partners = node.putArray("partners");
			measure.partners().forEach(partners::add);
			node.put("periodFrom", measure.periodFrom());
			node.put("periodTo", measure.periodTo());
			node.put("budget", measure.budget());
			node.put("fundingSource", measure.fundingSource());
			node.put("status", measure.status().name());
			ArrayNode goals = node.putArray("goalIds");
			measure.goals().forEach(goal -> goals.add(id(goal)));
			node.put("example", measure.example());
		}
	}

	/** Every language some text of the edition is written in, German first. */
	static List<String> languagesOf(Edition edition) {
		TreeSet<String> others = new TreeSet<>();
		texts(edition).forEach(text -> others.addAll(text.texts().keySet()));
		others.remove(LocalizedText.GERMAN);
		return Stream.concat(Stream.of(LocalizedText.GERMAN), others.stream()).toList();
	}

	private static Stream<LocalizedText> texts(Edition edition) {
		return Stream.of(
				Stream.of(edition.title(), edition.understanding(), edition.prerequisites()),
				edition.guidelines().stream().map(Guideline::text),
				edition.fields().stream().flatMap(field -> Stream.of(field.name(), field.description(), field.baseline())),
				edition.fields().stream().flatMap(field -> field.keyFigures().stream()).map(KeyFigure::label),
				edition.allGoals().flatMap(goal -> Stream.of(goal.title(), goal.description())),
				edition.allGoals().flatMap(goal -> goal.indicators().stream())
					.flatMap(indicator -> Stream.of(indicator.name(), indicator.definition())),
				edition.measures().stream().flatMap(measure -> Stream.of(measure.title(), measure.description())))
			.flatMap(s -> s)
			.filter(text -> text != null);
	}

	static void text(ObjectNode node, String key, LocalizedText text) {
		if (text == null) {
			node.putNull(key);
			return;
		}
		ObjectNode languages = node.putObject(key);
		text.texts().forEach(languages::put);
	}

	private static String id(UUID id) {
		return id == null ? null : id.toString();
	}
}
