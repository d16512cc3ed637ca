package de.integrationskonzept.participation;

import java.util.List;
import java.util.UUID;

/**
 * Moderation of ideas and comments: any signed-in member reports (once per person and item); after
 * {@code ik.participation.moderation.report-threshold} reports (default 3) the item is hidden until
 * an editor hides it for good (with a reason shown publicly) or restores it.
 */
public interface IdeaModeration {

	/** What can be reported and moderated. */
	enum Kind {
		IDEA, COMMENT
	}

	/**
	 * Reports an idea or comment ({@code CITIZEN} or higher).
	 * @throws ParticipationProblems.AlreadyDone if the caller reported it already (it counts once)
	 */
	void report(Kind kind, UUID id, String reason);

	/** Reported or hidden items, most reported first ({@code EDITOR}). */
	List<QueueEntry> queue();

	/** Hides the item with a reason shown publicly as "Ausgeblendet: …" and clears its reports ({@code EDITOR}). */
	void hide(Kind kind, UUID id, String reason);

	/** Shows the item again and clears its reports ({@code EDITOR}). */
	void restore(Kind kind, UUID id);

	/**
	 * An item for the editors: its full text (also when hidden), reports and their reasons (never who reported).
	 * @param ideaId the idea itself or the idea the comment belongs to
	 */
	record QueueEntry(Kind kind, UUID id, UUID processId, UUID ideaId, String title, String text, Moderation moderation,
			String moderationNote, int reports, List<String> reasons) {
	}
}
