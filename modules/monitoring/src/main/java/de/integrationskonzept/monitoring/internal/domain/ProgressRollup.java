package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rolls the percent complete of measures up to goals and Handlungsfelder.
 * <ul>
 * <li>A measure's weight is its own positive weight, or 1 when it has none (so without any weights every measure
 * counts equally).</li>
 * <li>Progress of a goal = Σ(weight × percent) / Σ weight over the measures serving that goal; a measure serving
 * several goals counts fully for each of them.</li>
 * <li>Progress of a field = the same weighted mean over the measures serving any goal of the field; a measure
 * serving several goals of one field counts once for it.</li>
 * <li>Without measures there is no progress (null, not 0). Results are rounded to one decimal, half up.</li>
 * </ul>
 */
public final class ProgressRollup {

	private ProgressRollup() {
	}

	/**
	 * @param weight null for the default weight 1
	 * @param goals  the goals the measure serves
	 */
	public record Item(UUID measureId, int percent, BigDecimal weight, Collection<UUID> goals) {

		public Item {
			if (percent < 0 || percent > 100) {
				throw new IllegalArgumentException("percent must be 0–100");
			}
			if (weight != null && weight.signum() <= 0) {
				throw new IllegalArgumentException("weight must be positive");
			}
			goals = goals == null ? List.of() : List.copyOf(goals);
		}

		BigDecimal effectiveWeight() {
			return weight == null ? BigDecimal.ONE : weight;
		}
	}

	/** Progress and the number of measures it rests on; {@code percent} is null without measures. */
	public record Result(BigDecimal percent, int measures) {
	}

	/** The progress of every goal named (in that order). */
	public static Map<UUID, Result> perGoal(List<Item> items, Collection<UUID> goals) {
		Map<UUID, Result> results = new LinkedHashMap<>();
		for (UUID goal : goals) {
			results.put(goal, mean(items.stream().filter(item -> item.goals().contains(goal)).toList()));
		}
		return results;
	}

	/** The progress of every field, given the goals (including sub-goals) of each field, each measure once per field. */
	public static Map<UUID, Result> perField(List<Item> items, Map<UUID, ? extends Collection<UUID>> goalsByField) {
		Map<UUID, Result> results = new LinkedHashMap<>();
		goalsByField.forEach((field, goals) -> {
			Set<UUID> fieldGoals = new LinkedHashSet<>(goals);
			results.put(field, mean(items.stream().filter(item -> item.goals().stream().anyMatch(fieldGoals::contains)).toList()));
		});
		return results;
	}

	/** The weighted mean of the items' percents. */
	public static Result mean(List<Item> items) {
		if (items.isEmpty()) {
			return new Result(null, 0);
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Item item : items) {
			weighted = weighted.add(item.effectiveWeight().multiply(BigDecimal.valueOf(item.percent())));
			weights = weights.add(item.effectiveWeight());
		}
		return new Result(weighted.divide(weights, 1, RoundingMode.HALF_UP), items.size());
	}
}
