package de.integrationskonzept.publishing.internal.contact;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.publishing.internal.PlainText;

/** A message received through the contact form, as the tenant's staff see it. */
public record ContactMessage(UUID id, String senderName, String email, String subject, String message, Instant receivedAt,
		Instant handledAt, String handledBy) {

	public boolean isHandled() {
		return handledAt != null;
	}

	public ZonedDateTime receivedAtLocal() {
		return receivedAt.atZone(PlainText.GERMAN_TIME);
	}

	public ZonedDateTime handledAtLocal() {
		return handledAt == null ? null : handledAt.atZone(PlainText.GERMAN_TIME);
	}

	public List<List<String>> messageParagraphs() {
		return PlainText.split(message);
	}
}
