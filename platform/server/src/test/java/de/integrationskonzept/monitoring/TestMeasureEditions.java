package de.integrationskonzept.monitoring;

import java.util.UUID;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh copy of the test edition with four measures:
 * <ul>
 * <li>"Sprachkurse für Eltern" (LAUFEND) serves goal G1 "Alle Kinder sprechen bei Schuleintritt Deutsch" and its sub-goal S1,</li>
 * <li>"Kita-Sprachförderung" (GEPLANT) serves G1,</li>
 * <li>"Anerkennungsberatung" (ABGESCHLOSSEN) serves G2 "Berufliche Anerkennung beschleunigen" (field "Arbeit"),</li>
 * <li>"Integrationslotsen" (GEPLANT) serves G1 and G2.</li>
 * </ul>
 */
record TestMeasureEditions(Edition edition, UUID goal1, UUID subGoal1, UUID goal2) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static TestMeasureEditions fresh(TenantScope tenantScope, ConceptEditions editions, TenantId tenant) {
		JsonNode tree = JSON.readTree(TestEditions.fresh());
		UUID goal1 = UUID.fromString(tree.at("/fields/0/goals/0/id").asString());
		UUID subGoal1 = UUID.fromString(tree.at("/fields/0/goals/0/subGoals/0/id").asString());
		UUID goal2 = UUID.fromString(tree.at("/fields/1/goals/0/id").asString());
		ArrayNode measures = (ArrayNode) tree.get("measures");
		add(measures, "Kita-Sprachförderung", "GEPLANT", goal1);
		add(measures, "Anerkennungsberatung", "ABGESCHLOSSEN", goal2);
		add(measures, "Integrationslotsen", "GEPLANT", goal1, goal2);
		Edition edition = MonitoringCallers.asRole(tenantScope, tenant, TenantRole.EDITOR, () -> editions.importJson(JSON.writeValueAsString(tree)));
		return new TestMeasureEditions(edition, goal1, subGoal1, goal2);
	}

	private static void add(ArrayNode measures, String title, String status, UUID... goals) {
		ObjectNode measure = measures.addObject();
		measure.put("id", UUID.randomUUID().toString());
		measure.putObject("title").put("de", title);
		measure.put("status", status);
		ArrayNode goalIds = measure.putArray("goals");
		for (UUID goal : goals) {
			goalIds.add(goal.toString());
		}
		measure.put("example", false);
	}

	/** The id of the measure with this German title. */
	UUID measure(String title) {
		return edition.measures().stream().filter(measure -> measure.title().german().equals(title)).findFirst().orElseThrow().id();
	}
}
