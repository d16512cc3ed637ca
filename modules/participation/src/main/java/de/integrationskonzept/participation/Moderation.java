package de.integrationskonzept.participation;

/**
 * Whether an idea or a comment is shown publicly. Hidden content keeps its place (with a
 * moderation note) but its text is not delivered.
 */
public enum Moderation {

	VISIBLE,
	/** Hidden automatically after enough reports, until an editor decides. */
	PENDING_REVIEW,
	/** Hidden by an editor, with a reason shown publicly. */
	HIDDEN;

	public boolean shown() {
		return this == VISIBLE;
	}
}
