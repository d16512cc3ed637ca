package de.integrationskonzept.participation;

import java.util.List;
import java.util.UUID;

/**
 * Ideen of registered citizens for a Beteiligungsverfahren.
 */
public interface Ideas {

	/**
	 * Version of the consent text citizens agree to when submitting an idea (shown with the form,
	 * recorded with every idea). Change it together with the text.
	 */
	String CONSENT_VERSION = "2026-11-01";

	/** The consent text of {@link #CONSENT_VERSION}. */
	String CONSENT_TEXT = "Ich bin einverstanden, dass meine Idee mit Titel und Text öffentlich gezeigt und von der Verwaltung "
			+ "für das Integrationskonzept ausgewertet wird. Mein Name wird nicht veröffentlicht.";

	/**
	 * Submits an idea for the process, only while an Ideensammlung phase is current, by a signed-in
	 * member of the tenant (any role from {@code CITIZEN} up) who agreed to the consent text.
	 * Refusals store nothing.
	 */
	Idea submit(UUID processId, NewIdea idea);

	/** The ideas of a process, newest first (public). */
	List<Idea> of(UUID processId);

	/**
	 * @param field name of the Handlungsfeld the idea belongs to (optional)
	 * @param consent whether the citizen agreed to the consent text of {@link #CONSENT_VERSION}
	 */
	record NewIdea(String title, String text, String field, boolean consent) {
	}
}
