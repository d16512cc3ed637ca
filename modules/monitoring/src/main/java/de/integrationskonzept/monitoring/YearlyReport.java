package de.integrationskonzept.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * A yearly report of a concept edition: its state and the staff's commentary per section
 * ({@link YearlyReports#SUMMARY} or a Handlungsfeld id). Who froze and released it are account ids (null for a machine
 * client or a deleted account).
 */
public record YearlyReport(UUID id, EditionId editionId, int year, State state, Instant createdAt, Instant frozenAt, UUID frozenBy,
		Instant releasedAt, UUID releasedBy, Map<String, String> comments) {

	public YearlyReport {
		comments = Map.copyOf(comments);
	}

	public enum State {
		/** Shows the current data; commentary can change. */
		ENTWURF,
		/** Rendered and stored; immutable. */
		EINGEFROREN,
		/** Frozen and shown on the public site. */
		VEROEFFENTLICHT
	}

	/** A released report as the public site lists it; {@code html} only when one report is asked for. */
	public record Released(UUID id, EditionId editionId, String editionTitle, int year, Instant frozenAt, Instant releasedAt, String html) {
	}
}
