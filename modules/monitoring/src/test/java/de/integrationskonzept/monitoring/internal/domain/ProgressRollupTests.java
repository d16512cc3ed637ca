package de.integrationskonzept.monitoring.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.monitoring.internal.domain.ProgressRollup.Item;

class ProgressRollupTests {

	private static final UUID GOAL_A = UUID.randomUUID();
	private static final UUID GOAL_B = UUID.randomUUID();
	private static final UUID FIELD = UUID.randomUUID();

	private static Item item(int percent, String weight, UUID... goals) {
		return new Item(UUID.randomUUID(), percent, weight == null ? null : new BigDecimal(weight), List.of(goals));
	}

	@Test
	void withoutWeightsEveryMeasureCountsEqually() {
		var result = ProgressRollup.perGoal(List.of(item(0, null, GOAL_A), item(50, null, GOAL_A), item(100, null, GOAL_A)), List.of(GOAL_A));
		assertThat(result.get(GOAL_A).percent()).isEqualByComparingTo("50.0");
		assertThat(result.get(GOAL_A).measures()).isEqualTo(3);
	}

	@Test
	void weightsShiftTheMeanAndAMissingWeightCountsAsOne() {
		// (3 × 100 + 1 × 0) / 4 = 75
		var result = ProgressRollup.perGoal(List.of(item(100, "3", GOAL_A), item(0, null, GOAL_A)), List.of(GOAL_A));
		assertThat(result.get(GOAL_A).percent()).isEqualByComparingTo("75.0");
	}

	@Test
	void aMeasureServingTwoGoalsCountsForEachButOnceForTheirField() {
		Item both = item(100, null, GOAL_A, GOAL_B);
		Item onlyB = item(0, null, GOAL_B);
		var goals = ProgressRollup.perGoal(List.of(both, onlyB), List.of(GOAL_A, GOAL_B));
		assertThat(goals.get(GOAL_A).percent()).isEqualByComparingTo("100.0");
		assertThat(goals.get(GOAL_B).percent()).isEqualByComparingTo("50.0");
		var fields = ProgressRollup.perField(List.of(both, onlyB), Map.of(FIELD, List.of(GOAL_A, GOAL_B)));
		assertThat(fields.get(FIELD).percent()).isEqualByComparingTo("50.0");
		assertThat(fields.get(FIELD).measures()).isEqualTo(2);
	}

	@Test
	void withoutMeasuresThereIsNoProgressRatherThanZero() {
		var result = ProgressRollup.perGoal(List.of(item(80, null, GOAL_A)), List.of(GOAL_B));
		assertThat(result.get(GOAL_B).percent()).isNull();
		assertThat(result.get(GOAL_B).measures()).isZero();
	}

	@Test
	void roundsToOneDecimal() {
		// (1 × 0 + 1 × 0 + 1 × 100) / 3 = 33.33…
		var result = ProgressRollup.mean(List.of(item(0, null), item(0, null), item(100, null)));
		assertThat(result.percent()).isEqualByComparingTo("33.3");
	}

	@Test
	void refusesImpossiblePercentsAndWeights() {
		assertThatThrownBy(() -> item(101, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> item(10, "0")).isInstanceOf(IllegalArgumentException.class);
	}
}
