package de.integrationskonzept.participation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An idea as shown publicly: the author only as "Bürgerin/Bürger" or "gelöschter Nutzer", never
 * by name. While it is hidden by moderation, title, text and location are {@code null} and
 * {@link #moderationNote()} says why.
 *
 * @param author {@link #AUTHOR_PERSON} or {@link #AUTHOR_DELETED}
 * @param acceptedInto the goal or measure of the edition the idea became (status {@code UEBERNOMMEN})
 * @param acceptedAs that goal's or measure's title when the idea was taken over
 * @param statusReason why it was not taken over (status {@code NICHT_UEBERNOMMEN}), or an editor's note
 * @param supporters how many people support the idea
 * @param mine whether the caller wrote it
 * @param supportedByMe whether the caller supports it
 */
public record Idea(UUID id, UUID processId, String title, String text, String field, String location, String author,
		IdeaStatus status, UUID acceptedInto, String acceptedAs, String statusReason, String consentVersion, Instant submittedAt,
		int supporters, Moderation moderation, String moderationNote, boolean mine, boolean supportedByMe, List<IdeaComment> comments) {

	/** How the author of a contribution is named publicly. */
	public static final String AUTHOR_PERSON = "Bürgerin/Bürger";

	/** The author's account has been deleted. */
	public static final String AUTHOR_DELETED = "gelöschter Nutzer";

	public Idea {
		comments = comments == null ? List.of() : List.copyOf(comments);
	}
}
