package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.ItemChange;
import de.integrationskonzept.concepts.ItemChange.Action;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differences between two states of a concept, item by item. Within one edition items match
 * by id (history); between editions an item of the newer one matches the item it was copied
 * from ({@code origin}), so a Fortschreibung shows what really changed.
 */
final class EditionDiff {

	private static final JsonMapper JSON = EditionJson.MAPPER;

	private EditionDiff() {
	}

	/** A comparable item: its own content without children, ids or provenance. */
	private record Item(String type, UUID id, UUID origin, String label, String field, JsonNode content) {
	}

	static List<ItemChange> between(Edition before, Edition after) {
		Map<UUID, Item> old = items(before);
		Map<UUID, Item> now = items(after);
		List<ItemChange> changes = new ArrayList<>();
		Map<UUID, Item> unmatched = new LinkedHashMap<>(old);
		for (Item item : now.values()) {
			UUID key = old.containsKey(item.id()) ? item.id() : item.origin();
			Item previous = key == null ? null : unmatched.remove(key);
			if (previous == null) {
				changes.add(change(Action.ADDED, item, null, item));
			}
			else if (!Objects.equals(previous.content(), item.content())) {
				changes.add(change(Action.CHANGED, item, previous, item));
			}
		}
		unmatched.values().forEach(item -> changes.add(change(Action.REMOVED, item, item, null)));
		return changes;
	}

	private static ItemChange change(Action action, Item item, Item before, Item after) {
		return new ItemChange(action, item.type(), item.id(), item.label(), item.field(),
				before == null ? null : before.content().toString(), after == null ? null : after.content().toString());
	}

	private static Map<UUID, Item> items(Edition edition) {
		Map<UUID, Item> items = new LinkedHashMap<>();
		ObjectNode header = content(edition, "id", "continues", "guidelines", "fields", "measures", "version");
		items.put(edition.id().value(), new Item("EDITION", edition.id().value(), edition.continues() == null ? null
				: edition.continues().value(), edition.title().german(), null, header));
		edition.guidelines().forEach(guideline -> put(items, "GUIDELINE", guideline.id(), guideline.origin(),
				guideline.text().german(), null, content(guideline)));
		for (Field field : edition.fields()) {
			String name = field.name().german();
			put(items, "FIELD", field.id(), field.origin(), name, name, content(field, "id", "origin", "goals", "keyFigures"));
			field.keyFigures().forEach(figure -> put(items, "KEY_FIGURE", figure.id(), figure.origin(), figure.label().german(), name,
					content(figure)));
			field.goals().forEach(goal -> putGoal(items, goal, name));
		}
		edition.measures().forEach(measure -> put(items, "MEASURE", measure.id(), measure.origin(), measure.title().german(), null,
				content(measure)));
		return items;
	}

	private static void putGoal(Map<UUID, Item> items, Goal goal, String field) {
		put(items, "GOAL", goal.id(), goal.origin(), goal.title().german(), field,
				content(goal, "id", "origin", "subGoals", "indicators", "previousOutcome"));
		goal.indicators().forEach(indicator -> put(items, "INDICATOR", indicator.id(), indicator.origin(), indicator.name().german(),
				field, content(indicator)));
		goal.subGoals().forEach(subGoal -> putGoal(items, subGoal, field));
	}

	private static void put(Map<UUID, Item> items, String type, UUID id, UUID origin, String label, String field, JsonNode content) {
		items.put(id, new Item(type, id, origin, label, field, content));
	}

	private static ObjectNode content(Object part, String... leaveOut) {
		ObjectNode node = JSON.valueToTree(part);
		node.remove(leaveOut.length == 0 ? List.of("id", "origin") : List.of(leaveOut));
		return node;
	}
}
