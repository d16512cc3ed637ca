package de.integrationskonzept.participation.internal.attachments;

import java.time.Instant;
import java.util.UUID;

/** An attachment without its content. {@code caption}: the alt text of an image or a short description. */
public record AttachmentInfo(UUID id, String ownerKind, UUID ownerId, String fileName, String contentType, long size, String sha256,
		String caption, Instant uploadedAt) {

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}
