package de.integrationskonzept.participation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Expertenkreise: per process and Handlungsfeld, invited experts rate each goal of their field
 * (Relevanz and Umsetzbarkeit 1–5, optional comment) while the Expertenbewertung is current. The
 * results stay sealed until that phase has ended, so early ratings do not steer later raters.
 */
public interface ExpertRatings {

	/** The Handlungsfelder of the process's edition with their circles; requires {@code EDITOR}. */
	List<Circle> circles(UUID processId);

	/**
	 * Invites a member of the tenant (by e-mail address or account id) into the circle of a field;
	 * the first invitation copies the field's name and goals from the edition. Possible until the
	 * Expertenbewertung has ended; requires {@code EDITOR}.
	 */
	void invite(UUID processId, UUID fieldId, String emailOrAccountId);

	/** Ends an invitation; the expert's ratings so far stay. Requires {@code EDITOR}. */
	void remove(UUID processId, UUID fieldId, UUID accountId);

	/** The circles the signed-in person is invited to, with their goals and own ratings. */
	List<ExpertField> mine(UUID processId);

	/**
	 * Rates a goal: only invited experts of its field, only while the Expertenbewertung is current.
	 * A second rating of the same goal replaces the first.
	 */
	Rating rate(UUID processId, UUID goalId, NewRating rating);

	/**
	 * The results per goal for editors: sealed (only how many experts have rated) until the
	 * Expertenbewertung has ended. The first look after the end closes the ratings.
	 */
	RatingResults results(UUID processId);

	/** A Handlungsfeld of the edition; {@code experts} maps account ids to e-mail addresses (staff only). */
	record Circle(UUID fieldId, String fieldName, int goals, Map<UUID, String> experts) {
	}

	record Goal(UUID id, String title) {
	}

	/** One circle of the signed-in expert: the goals and the expert's own ratings by goal id. */
	record ExpertField(UUID fieldId, String fieldName, List<Goal> goals, Map<UUID, Rating> ratings) {
	}

	/** @param comment optional, at most 2000 characters */
	record NewRating(Integer relevance, Integer feasibility, String comment) {
	}

	record Rating(UUID goalId, int relevance, int feasibility, String comment) {
	}

	/**
	 * @param sealed true until the phase has ended: then only {@code ratersSoFar} is known
	 * @param ratersSoFar how many distinct experts have rated at least one goal
	 */
	record RatingResults(boolean sealed, int ratersSoFar, List<GoalResult> goals) {
	}

	/** Count, means and distribution (index 0 = score 1 … index 4 = score 5) of both criteria; comments without names. */
	record GoalResult(UUID goalId, String fieldName, String title, int count, Double relevanceMean, Double feasibilityMean,
			List<Integer> relevance, List<Integer> feasibility, List<String> comments) {
	}
}
