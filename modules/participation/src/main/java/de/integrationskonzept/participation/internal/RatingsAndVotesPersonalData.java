package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.EXPERT;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_CIRCLE;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_GOAL;
import static de.integrationskonzept.participation.internal.db.Tables.RATING;
import static de.integrationskonzept.participation.internal.db.Tables.VOTE;
import static de.integrationskonzept.participation.internal.db.Tables.VOTER;
import static de.integrationskonzept.participation.internal.db.Tables.VOTE_ITEM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.security.PersonalData;

/**
 * A person's invitations, ratings and votes for the data export. Deleting the account needs no
 * help: invitations go with it ({@code on delete cascade}), ratings and votes stay anonymous
 * ({@code on delete set null}), so results do not change.
 */
@Component
class RatingsAndVotesPersonalData implements PersonalData {

	private final DSLContext dsl;

	RatingsAndVotesPersonalData(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public String section() {
		return "participation-ratings-and-votes";
	}

	@Override
	public Map<String, Object> export(UUID accountId) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> circles = dsl.select(EXPERT.PROCESS_ID, EXPERT_CIRCLE.FIELD_NAME, EXPERT.INVITED_AT).from(EXPERT).join(EXPERT_CIRCLE)
			.on(EXPERT_CIRCLE.TENANT_ID.eq(EXPERT.TENANT_ID), EXPERT_CIRCLE.PROCESS_ID.eq(EXPERT.PROCESS_ID), EXPERT_CIRCLE.FIELD_ID.eq(EXPERT.FIELD_ID))
			.where(EXPERT.ACCOUNT_ID.eq(accountId))
			.fetch(row -> Map.<String, Object>of("processId", row.value1(), "field", row.value2(), "invitedAt", row.value3()));
		List<Map<String, Object>> ratings = dsl.select(RATING.PROCESS_ID, EXPERT_GOAL.TITLE, RATING.RELEVANCE, RATING.FEASIBILITY, RATING.COMMENT,
				RATING.RATED_AT).from(RATING).join(EXPERT_GOAL)
			.on(EXPERT_GOAL.TENANT_ID.eq(RATING.TENANT_ID), EXPERT_GOAL.PROCESS_ID.eq(RATING.PROCESS_ID), EXPERT_GOAL.GOAL_ID.eq(RATING.GOAL_ID))
			.where(RATING.EXPERT.eq(accountId))
			.fetch(row -> {
				Map<String, Object> rating = new LinkedHashMap<>();
				rating.put("processId", row.value1());
				rating.put("goal", row.value2());
				rating.put("relevance", row.value3());
				rating.put("feasibility", row.value4());
				rating.put("comment", row.value5());
				rating.put("ratedAt", row.value6());
				return rating;
			});
		List<Map<String, Object>> voterLists = dsl.select(VOTER.PROCESS_ID, VOTER.INVITED_AT).from(VOTER).where(VOTER.ACCOUNT_ID.eq(accountId))
			.fetch(row -> Map.<String, Object>of("processId", row.value1(), "addedAt", row.value2()));
		List<Map<String, Object>> votes = dsl.select(VOTE.PROCESS_ID, VOTE_ITEM.TITLE, VOTE.CHOICE, VOTE.CAST_AT).from(VOTE).join(VOTE_ITEM)
			.on(VOTE_ITEM.TENANT_ID.eq(VOTE.TENANT_ID), VOTE_ITEM.PROCESS_ID.eq(VOTE.PROCESS_ID), VOTE_ITEM.GOAL_ID.eq(VOTE.GOAL_ID))
			.where(VOTE.VOTER.eq(accountId))
			.fetch(row -> Map.<String, Object>of("processId", row.value1(), "goal", row.value2(), "choice", row.value3(), "castAt", row.value4()));
		if (!circles.isEmpty()) {
			data.put("expertCircles", circles);
		}
		if (!ratings.isEmpty()) {
			data.put("ratings", ratings);
		}
		if (!voterLists.isEmpty()) {
			data.put("voterLists", voterLists);
		}
		if (!votes.isEmpty()) {
			data.put("votes", votes);
		}
		return data;
	}
}
