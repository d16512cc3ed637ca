package de.integrationskonzept.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment on an idea as shown publicly; {@code text} is {@code null} while it is hidden by
 * moderation ({@link #moderationNote()} says why).
 *
 * @param author {@link Idea#AUTHOR_PERSON} or {@link Idea#AUTHOR_DELETED}
 */
public record IdeaComment(UUID id, UUID ideaId, String text, String author, Instant createdAt, Moderation moderation,
		String moderationNote, boolean mine) {
}
