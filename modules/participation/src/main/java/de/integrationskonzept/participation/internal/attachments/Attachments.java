package de.integrationskonzept.participation.internal.attachments;

import static de.integrationskonzept.participation.internal.db.Tables.ATTACHMENT;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.internal.db.tables.records.AttachmentRecord;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Files attached to something of this module — a workshop's photos, a working group meeting's
 * minutes — named by an owner kind ({@code "WORKSHOP"}) and the owner's id. Stored in PostgreSQL
 * (bytea, under row-level security like every tenant table). Checks size, type (a whitelist,
 * matched against the content) and name; a refused file stores nothing.
 * <p>
 * Who may attach, read or delete is the owner's service's decision: it checks roles and that the
 * owner exists in the current tenant before calling here.
 */
@Component
@Transactional
public class Attachments {

	/** Owner kind of a workshop's documentation files (photos, results). */
	public static final String WORKSHOP = "WORKSHOP";

	/** Owner kind of the files of a working group meeting's minutes (owner id: the meeting). */
	public static final String WORKING_GROUP_MINUTES = "WORKING_GROUP_MINUTES";

	private final DSLContext dsl;
	private final CurrentAccount accounts;
	private final long maxBytes;

	Attachments(DSLContext dsl, CurrentAccount accounts, @Value("${ik.participation.attachments.max-bytes:10485760}") long maxBytes) {
		this.dsl = dsl;
		this.accounts = accounts;
		this.maxBytes = maxBytes;
	}

	/**
	 * Stores a file for the owner, recording the signed-in person as uploader.
	 * @throws ParticipationProblems.Invalid field {@code file} (empty, too large, type not allowed) or {@code caption}
	 */
	public AttachmentInfo store(String ownerKind, UUID ownerId, String fileName, String contentType, byte[] content, String caption) {
		Map<String, String> problems = new LinkedHashMap<>();
		String type = check(fileName, contentType, content, problems);
		String cleanCaption = caption == null ? "" : caption.strip();
		if (cleanCaption.length() > 500) {
			problems.put("caption", "Die Beschreibung ist zu lang (höchstens 500 Zeichen, jetzt " + cleanCaption.length() + ").");
		}
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(ATTACHMENT)
			.set(ATTACHMENT.TENANT_ID, TenantContext.require().value())
			.set(ATTACHMENT.ID, id)
			.set(ATTACHMENT.OWNER_KIND, ownerKind)
			.set(ATTACHMENT.OWNER_ID, ownerId)
			.set(ATTACHMENT.FILE_NAME, AttachmentRules.fileName(fileName))
			.set(ATTACHMENT.CONTENT_TYPE, type)
			.set(ATTACHMENT.SIZE, (long) content.length)
			.set(ATTACHMENT.SHA256, sha256(content))
			.set(ATTACHMENT.CAPTION, cleanCaption)
			.set(ATTACHMENT.CONTENT, content)
			.set(ATTACHMENT.UPLOADED_BY, accounts.id().orElse(null))
			.execute();
		return list(ownerKind, ownerId).stream().filter(info -> info.id().equals(id)).findFirst().orElseThrow();
	}

	/** The owner's attachments in upload order (without content). */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> list(String ownerKind, UUID ownerId) {
		return dsl.select(ATTACHMENT.ID, ATTACHMENT.OWNER_KIND, ATTACHMENT.OWNER_ID, ATTACHMENT.FILE_NAME, ATTACHMENT.CONTENT_TYPE,
				ATTACHMENT.SIZE, ATTACHMENT.SHA256, ATTACHMENT.CAPTION, ATTACHMENT.UPLOADED_AT)
			.from(ATTACHMENT)
			.where(ATTACHMENT.OWNER_KIND.eq(ownerKind), ATTACHMENT.OWNER_ID.eq(ownerId))
			.orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID)
			.fetch(row -> new AttachmentInfo(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(),
					row.value8(), row.value9().toInstant()));
	}

	/** One attachment with content, only if it belongs to this owner (so an id cannot be fetched through another owner). */
	@Transactional(readOnly = true)
	public Optional<StoredAttachment> load(String ownerKind, UUID ownerId, UUID id) {
		return dsl.selectFrom(ATTACHMENT)
			.where(ATTACHMENT.ID.eq(id), ATTACHMENT.OWNER_KIND.eq(ownerKind), ATTACHMENT.OWNER_ID.eq(ownerId))
			.fetchOptional(Attachments::toStored);
	}

	/** @return whether the owner had this attachment */
	public boolean delete(String ownerKind, UUID ownerId, UUID id) {
		return dsl.deleteFrom(ATTACHMENT)
			.where(ATTACHMENT.ID.eq(id), ATTACHMENT.OWNER_KIND.eq(ownerKind), ATTACHMENT.OWNER_ID.eq(ownerId))
			.execute() > 0;
	}

	public long maxBytes() {
		return maxBytes;
	}

	private String check(String fileName, String contentType, byte[] content, Map<String, String> problems) {
		if (content == null || content.length == 0) {
			problems.put("file", "Bitte wählen Sie eine Datei aus (die gewählte Datei ist leer).");
			return null;
		}
		if (content.length > maxBytes) {
			problems.put("file", "Die Datei ist zu groß (" + megabytes(content.length) + "); erlaubt sind höchstens " + megabytes(maxBytes) + ".");
			return null;
		}
		Optional<String> type = AttachmentRules.contentType(contentType, fileName, content);
		if (type.isEmpty()) {
			problems.put("file", "Dieser Dateityp ist nicht erlaubt oder der Inhalt passt nicht zum Dateityp. Erlaubt sind "
					+ AttachmentRules.ALLOWED + ".");
		}
		return type.orElse(null);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.GERMAN, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static StoredAttachment toStored(AttachmentRecord row) {
		return new StoredAttachment(new AttachmentInfo(row.getId(), row.getOwnerKind(), row.getOwnerId(), row.getFileName(),
				row.getContentType(), row.getSize(), row.getSha256(), row.getCaption(), row.getUploadedAt().toInstant()), row.getContent());
	}
}
