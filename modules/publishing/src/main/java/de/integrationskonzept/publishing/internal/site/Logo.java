package de.integrationskonzept.publishing.internal.site;

import java.time.Instant;

/** The stored logo as served at {@code /{slug}/logo}. */
public record Logo(byte[] content, String mediaType, Instant updatedAt) {
}
