package de.integrationskonzept.participation;

import java.util.List;
import java.util.UUID;

/**
 * Zielvorschläge of Arbeitsgruppen. Members of a group (Leitung or Mitglied, holding at least
 * {@code CONTRIBUTOR}) propose goals for the group's Handlungsfeld while the process is open and
 * before its Abstimmung; editors accept or reject them. Accepting adds the goal to the process's
 * edition through {@code ConceptEditions.update} — only while that edition can still be edited
 * (Entwurf, in Beteiligung) — and publishes {@link ParticipationEvents.GoalSuggestionAccepted}.
 */
public interface GoalSuggestions {

	/** The group's suggestions, newest first; for editors and the group's members. */
	List<GoalSuggestion> of(UUID groupId);

	GoalSuggestion propose(UUID groupId, NewSuggestion suggestion);

	/** Adds the suggested goal to the edition (below its parent goal, if one was named) and records the new goal's id. */
	GoalSuggestion accept(UUID groupId, UUID suggestionId);

	/** Rejects with a reason the group sees. */
	GoalSuggestion reject(UUID groupId, UUID suggestionId, String reason);

	/** @param parentGoalId a goal of the group's field the new goal becomes a Handlungsziel of (optional) */
	record NewSuggestion(String title, String description, UUID parentGoalId) {
	}
}
