package de.integrationskonzept.participation.internal.attachments;

/** An attachment with its bytes, for a download. */
public record StoredAttachment(AttachmentInfo info, byte[] content) {
}
