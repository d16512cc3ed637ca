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

	/** The Expertenbewertung of a process has ended; its results are unsealed. Published once per process. */
	public record RatingsClosed(TenantId tenantId, UUID processId) {
	}

	/** The Abstimmung of a process has ended; its results are public. Published once per process. */
	public record VoteClosed(TenantId tenantId, UUID processId) {
	}
}
