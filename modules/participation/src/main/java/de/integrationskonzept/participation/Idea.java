package de.integrationskonzept.participation;

import java.time.Instant;
import java.util.UUID;

/** An idea as shown publicly: without its author (personal data stays with the staff). */
public record Idea(UUID id, UUID processId, String title, String text, String field, IdeaStatus status, String consentVersion,
		Instant submittedAt) {
}
