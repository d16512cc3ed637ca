package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_CIRCLE;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_GOAL;
import static de.integrationskonzept.participation.internal.db.Tables.RATING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;

import de.integrationskonzept.participation.ExpertRatings.GoalResult;

/** Count, means and distributions per goal, computed from all ratings of a process; comments without their authors. */
final class RatingAggregates {

	private RatingAggregates() {
	}

	record Score(int relevance, int feasibility, String comment) {
	}

	static List<GoalResult> of(DSLContext dsl, UUID processId) {
		Map<UUID, List<Score>> scores = dsl.select(RATING.GOAL_ID, RATING.RELEVANCE, RATING.FEASIBILITY, RATING.COMMENT).from(RATING)
			.where(RATING.PROCESS_ID.eq(processId))
			// Comments in text order, not rating order: the order must not hint at who wrote what.
			.orderBy(RATING.COMMENT)
			.fetchGroups(row -> row.value1(), row -> new Score(row.value2(), row.value3(), row.value4()));
		return dsl.select(EXPERT_GOAL.GOAL_ID, EXPERT_CIRCLE.FIELD_NAME, EXPERT_GOAL.TITLE).from(EXPERT_GOAL).join(EXPERT_CIRCLE)
			.on(EXPERT_CIRCLE.TENANT_ID.eq(EXPERT_GOAL.TENANT_ID), EXPERT_CIRCLE.PROCESS_ID.eq(EXPERT_GOAL.PROCESS_ID),
					EXPERT_CIRCLE.FIELD_ID.eq(EXPERT_GOAL.FIELD_ID))
			.where(EXPERT_GOAL.PROCESS_ID.eq(processId))
			.orderBy(EXPERT_CIRCLE.FIELD_NAME, EXPERT_GOAL.POSITION)
			.fetch(row -> aggregate(row.value1(), row.value2(), row.value3(), scores.getOrDefault(row.value1(), List.of())));
	}

	static GoalResult aggregate(UUID goalId, String fieldName, String title, List<Score> scores) {
		int[] relevance = new int[5];
		int[] feasibility = new int[5];
		List<String> comments = new ArrayList<>();
		for (Score score : scores) {
			relevance[score.relevance() - 1]++;
			feasibility[score.feasibility() - 1]++;
			if (score.comment() != null) {
				comments.add(score.comment());
			}
		}
		return new GoalResult(goalId, fieldName, title, scores.size(), mean(scores.stream().mapToInt(Score::relevance).toArray()),
				mean(scores.stream().mapToInt(Score::feasibility).toArray()), Arrays.stream(relevance).boxed().toList(),
				Arrays.stream(feasibility).boxed().toList(), comments);
	}

	/** Rounded to two decimals; null without ratings (no mean to show). */
	private static Double mean(int[] values) {
		return values.length == 0 ? null : Math.round(Arrays.stream(values).average().orElseThrow() * 100) / 100.0;
	}
}
