package de.integrationskonzept.participation.internal.attachments;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response for a download. Images open inline (shown on the documentation page); every
 * other file is a download, so an uploaded document never runs as a page of the platform. The
 * stored type is sent as it is, the browser must not guess another ({@code nosniff}), and a
 * sandboxing policy keeps even an opened file from running scripts.
 */
public final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	public static ResponseEntity<byte[]> response(StoredAttachment attachment) {
		AttachmentInfo info = attachment.info();
		ContentDisposition disposition = (info.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(info.fileName(), StandardCharsets.UTF_8).build();
		MediaType type = info.contentType().equals("text/plain") ? new MediaType("text", "plain", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(info.contentType());
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(info.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.eTag('"' + info.sha256() + '"')
			.cacheControl(CacheControl.noCache())
			.body(attachment.content());
	}
}
