package de.integrationskonzept.publishing.internal.opendata;

import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.Edition.Indicator;

/**
 * The edition's tree (field → goal → sub-goal → indicator) as flat lists in document order,
 * each item with the ids that place it in the tree, so JSON and CSV link items the same way.
 */
final class ConceptItems {

	/** A goal; {@code parent} is null for a strategic goal, {@code level} 1 for those, 2 for Handlungsziele … */
	record GoalItem(Goal goal, Field field, Goal parent, int level, int position) {
	}

	record IndicatorItem(Indicator indicator, Goal goal, Field field, int position) {
	}

	private ConceptItems() {
	}

	static List<GoalItem> goals(Edition edition) {
		List<GoalItem> items = new ArrayList<>();
		for (Field field : edition.fields()) {
			addGoals(items, field, null, field.goals(), 1);
		}
		return items;
	}

	private static void addGoals(List<GoalItem> items, Field field, Goal parent, List<Goal> goals, int level) {
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			items.add(new GoalItem(goal, field, parent, level, i + 1));
			addGoals(items, field, goal, goal.subGoals(), level + 1);
		}
	}

	static List<IndicatorItem> indicators(Edition edition) {
		List<IndicatorItem> items = new ArrayList<>();
		for (GoalItem goal : goals(edition)) {
			List<Indicator> indicators = goal.goal().indicators();
			for (int i = 0; i < indicators.size(); i++) {
				items.add(new IndicatorItem(indicators.get(i), goal.goal(), goal.field(), i + 1));
			}
		}
		return items;
	}
}
