package de.integrationskonzept.publishing.internal.news;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.publishing.internal.PlainText;

/**
 * One item of Aktuelles. Only {@link Status#PUBLISHED} items are ever shown publicly;
 * {@code publishedAt} is set when an item is first published and kept when it is withdrawn and
 * published again, so its place in the list and feed stays the same.
 */
public record NewsItem(UUID id, String title, String summary, String body, String author, Status status,
		Instant publishedAt, Instant updatedAt, int version) {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	/** For display: German local time (the municipalities are in Germany). */
	public ZonedDateTime publishedAtLocal() {
		return publishedAt == null ? null : publishedAt.atZone(PlainText.GERMAN_TIME);
	}

	public List<List<String>> bodyParagraphs() {
		return PlainText.split(body);
	}
}
