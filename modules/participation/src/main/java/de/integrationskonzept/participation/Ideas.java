package de.integrationskonzept.participation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ideen of registered citizens for a Beteiligungsverfahren: submitting, support, comments, and
 * the editors' decision on what became of each idea. Moderation: {@link IdeaModeration}.
 */
public interface Ideas {

	/**
	 * Submits an idea for the process, only while an Ideensammlung phase is current, by a signed-in
	 * person of the tenant (any role from {@code CITIZEN} up) who agreed to the consent text, at most
	 * {@code ik.participation.ideas.max-per-day} per person and day. Refusals store nothing.
	 */
	Idea submit(UUID processId, NewIdea idea);

	/** The ideas of a process with their comments, newest first (public; hidden ones without their text). */
	List<Idea> of(UUID processId);

	/** How many ideas {@link #page} shows at once. */
	int PAGE_SIZE = 20;

	/**
	 * One page of {@link #of}: {@link #PAGE_SIZE} ideas, pages counted from 1; a number below 1 gives the first
	 * page, one past the last page the last (so an old link still leads somewhere).
	 */
	IdeaPage page(UUID processId, int number);

	/** The number of the {@link #page} that shows this idea. */
	int pageOf(UUID ideaId);

	/** One idea as {@link #of} shows it. */
	Idea get(UUID ideaId);

	/** The signed-in person's own ideas in this tenant, newest first, with what became of them. */
	List<Idea> mine();

	/**
	 * Supports someone else's idea, once per person, while the Ideensammlung runs ({@code CITIZEN}).
	 * @throws ParticipationProblems.NotPossible for one's own idea or a hidden one
	 * @throws ParticipationProblems.AlreadyDone when the person supports it already
	 */
	Idea support(UUID ideaId);

	/** Withdraws the caller's support (nothing happens if there was none). */
	Idea withdrawSupport(UUID ideaId);

	/**
	 * Comments on an idea while the Ideensammlung runs ({@code CITIZEN}; text 2–2000 characters; at
	 * most {@code ik.participation.comments.max-per-hour} per person and hour).
	 */
	IdeaComment comment(UUID ideaId, String text);

	/**
	 * The editors' decision ({@code EDITOR}): {@code EINGEGANGEN → IN_PRUEFUNG → UEBERNOMMEN} (with the
	 * goal or measure of the process's edition it became) or {@code NICHT_UEBERNOMMEN} (with a reason).
	 * Taking over publishes {@link ParticipationEvents.IdeaAccepted}.
	 */
	Idea changeStatus(UUID ideaId, StatusChange change);

	/**
	 * The visible ideas taken over into each of the given goals or measures ("Sie haben gesagt – wir
	 * haben getan"), by item id; items without ideas are absent. Public.
	 */
	Map<UUID, List<AcceptedIdea>> behind(Collection<UUID> goalOrMeasureIds);

	/**
	 * @param field name of the Handlungsfeld the idea belongs to (optional)
	 * @param location where the idea applies, e.g. a district or street (optional, up to 200 characters)
	 * @param consent whether the citizen agreed to the current consent text ({@link Consents#current()})
	 * @param consentVersion the version of the consent text shown to the citizen; a different current
	 *        version is refused ({@link ParticipationProblems.ConsentOutdated}); null: the current one
	 */
	record NewIdea(String title, String text, String field, String location, boolean consent, String consentVersion) {

		public NewIdea(String title, String text, String field, String location, boolean consent) {
			this(title, text, field, location, consent, null);
		}
	}

	/**
	 * @param acceptedInto id of a goal (also a sub-goal) or measure of the process's edition, for {@code UEBERNOMMEN}
	 * @param reason required for {@code NICHT_UEBERNOMMEN}, optional otherwise (shown to everyone)
	 */
	record StatusChange(IdeaStatus status, UUID acceptedInto, String reason) {
	}
}
