package de.integrationskonzept.participation;

import java.util.UUID;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Events other modules listen to. They carry ids, never content or personal data.
 */
public final class ParticipationEvents {

	private ParticipationEvents() {
	}

	public record IdeaSubmitted(TenantId tenantId, UUID processId, UUID ideaId) {
	}

	/** An editor accepted a Zielvorschlag of a working group; {@code goalId} is the goal added to the process's edition. */
	public record GoalSuggestionAccepted(TenantId tenantId, UUID processId, UUID suggestionId, UUID goalId) {
	}

	/** Editors wrote or changed the documentation of a workshop (its public page changed). */
	public record WorkshopDocumented(TenantId tenantId, UUID processId, UUID workshopId) {
	}

	/** A questionnaire received a response (the response carries no personal data of its own). */
	public record QuestionnaireAnswered(TenantId tenantId, UUID questionnaireId, UUID responseId) {
	}

	/** An editor took the idea over into the goal or measure {@code itemId} of the process's edition. */
	public record IdeaAccepted(TenantId tenantId, UUID processId, UUID ideaId, UUID itemId) {
	}

	/** The Expertenbewertung of a process has ended; its results are unsealed. Published once per process. */
	public record RatingsClosed(TenantId tenantId, UUID processId) {
	}

	/** The Abstimmung of a process has ended; its results are public. Published once per process. */
	public record VoteClosed(TenantId tenantId, UUID processId) {
	}
}
