package de.integrationskonzept.publishing.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** concept.json of Wiesbaden's published concept: schema, links between items, languages, stable keys. */
class OpenDataJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private final PublishedEdition published = Fixtures.wiesbadenPublished();
	private final Edition edition = published.edition();
	private final JsonNode document = JSON.readTree(OpenDataJson.render(Fixtures.wiesbaden(), published, Fixtures.URLS));

	@Test
	void documentNamesSchemaLicenceTenantAndEdition() {
		assertThat(document.path("schema").asString()).isEqualTo("integrationskonzept-open-data/1");
		assertThat(document.path("documentation").asString()).isEqualTo("https://integrationskonzept.example/wiesbaden/open-data/");
		assertThat(document.path("license").path("uri").asString()).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
		assertThat(document.path("license").path("attribution").asString()).isEqualTo("Landeshauptstadt Wiesbaden");
		JsonNode tenant = document.path("tenant");
		assertThat(tenant.path("name").asString()).isEqualTo("Landeshauptstadt Wiesbaden");
		assertThat(tenant.path("ags").asString()).isEqualTo("06414000");
		assertThat(tenant.path("slug").asString()).isEqualTo("wiesbaden");
		JsonNode about = document.path("edition");
		assertThat(about.path("id").asString()).isEqualTo("1aa46193-781a-450a-a389-0bb67d533684");
		assertThat(about.path("periodFrom").asInt()).isEqualTo(2021);
		assertThat(about.path("periodTo").asInt()).isEqualTo(2025);
		assertThat(about.path("publishedAt").asString()).isEqualTo("2026-03-02T09:15:30Z");
		assertThat(about.path("resolution").path("number").asString()).isEqualTo("0522");
		assertThat(about.path("pdf").asString()).isEqualTo("https://integrationskonzept.example/wiesbaden/integrationskonzept.pdf");
	}

	@Test
	void everyItemOfTheEditionIsListedOnce() {
		assertThat(ids("fields")).containsExactlyElementsOf(edition.fields().stream().map(Edition.Field::id).toList());
		assertThat(ids("guidelines")).containsExactlyElementsOf(edition.guidelines().stream().map(Edition.Guideline::id).toList());
		assertThat(ids("goals")).containsExactlyInAnyOrderElementsOf(edition.allGoals().map(Edition.Goal::id).toList())
			.hasSize(12);
		assertThat(ids("indicators")).hasSize(6)
			.containsExactlyInAnyOrderElementsOf(edition.allGoals().flatMap(goal -> goal.indicators().stream()).map(Edition.Indicator::id).toList());
		assertThat(ids("measures")).containsExactlyElementsOf(edition.measures().stream().map(Edition.Measure::id).toList());
	}

	@Test
	void subGoalsNameTheirParentGoalAndField() {
		Map<String, JsonNode> goals = byId("goals");
		for (Edition.Field field : edition.fields()) {
			for (Edition.Goal goal : field.goals()) {
				JsonNode strategic = goals.get(goal.id().toString());
				assertThat(strategic.path("parentGoalId").isNull()).isTrue();
				assertThat(strategic.path("level").asInt()).isEqualTo(1);
				assertThat(strategic.path("fieldId").asString()).isEqualTo(field.id().toString());
				for (Edition.Goal sub : goal.subGoals()) {
					JsonNode operational = goals.get(sub.id().toString());
					assertThat(operational.path("parentGoalId").asString()).isEqualTo(goal.id().toString());
					assertThat(operational.path("level").asInt()).isEqualTo(2);
					assertThat(operational.path("fieldId").asString()).isEqualTo(field.id().toString());
				}
			}
		}
		assertThat(goals.values()).filteredOn(goal -> goal.path("level").asInt() == 2).hasSize(4);
	}

	@Test
	void indicatorsAndMeasuresLinkToExistingGoals() {
		Set<String> goalIds = byId("goals").keySet();
		assertThat(document.path("indicators").values()).allSatisfy(indicator -> {
			assertThat(goalIds).contains(indicator.path("goalId").asString());
			assertThat(indicator.has("direction")).isTrue();
		});
		Edition.Measure first = edition.measures().getFirst();
		JsonNode measure = byId("measures").get(first.id().toString());
		assertThat(StreamSupport.stream(measure.path("goalIds").spliterator(), false).map(JsonNode::asString).toList())
			.containsExactlyElementsOf(first.goals().stream().map(UUID::toString).toList())
			.isNotEmpty()
			.allSatisfy(goal -> assertThat(goalIds).contains(goal));
	}

	@Test
	void textsKeepEveryLanguageTheMunicipalityWrote() {
		JsonNode title = document.path("edition").path("title");
		assertThat(title.path("de").asString()).isEqualTo("Integrationskonzept 2021–2025");
		assertThat(title.path("en").asString()).isEqualTo("Integration Strategy 2021–2025");
		assertThat(document.path("understanding").has("de-simple")).isTrue();
		List<String> languages = document.path("languages").values().stream().map(JsonNode::asString).toList();
		assertThat(languages.getFirst()).isEqualTo("de");
		assertThat(languages).contains("en", "de-simple").doesNotHaveDuplicates();
	}

	@Test
	void missingValuesArePresentAsNullSoTheShapeIsStable() {
		JsonNode resolution = document.path("edition").path("resolution");
		assertThat(resolution.has("date")).isTrue();
		assertThat(resolution.path("date").isNull()).isTrue();
		Set<Set<String>> measureShapes = document.path("measures").values().stream()
			.map(measure -> Set.copyOf(measure.propertyNames()))
			.collect(Collectors.toSet());
		assertThat(measureShapes).hasSize(1);
		assertThat(measureShapes.iterator().next()).contains("budget", "fundingSource", "partners", "goalIds", "periodFrom");
	}

	@Test
	void fieldsCarryTheAddressOfTheirPage() {
		JsonNode first = document.path("fields").get(0);
		Edition.Field field = edition.fields().getFirst();
		assertThat(first.path("slug").asString()).isEqualTo(published.fieldSlug(field));
		assertThat(first.path("url").asString())
			.isEqualTo("https://integrationskonzept.example/wiesbaden/handlungsfelder/" + published.fieldSlug(field));
		assertThat(first.path("name").path("de").asString()).isEqualTo(field.name().german());
	}

	private List<UUID> ids(String list) {
		return document.path(list).values().stream().map(node -> UUID.fromString(node.path("id").asString())).toList();
	}

	private Map<String, JsonNode> byId(String list) {
		return document.path(list).values().stream().collect(Collectors.toMap(node -> node.path("id").asString(), node -> node));
	}
}
