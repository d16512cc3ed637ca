package de.integrationskonzept.participation;

import java.time.Instant;
import java.util.List;

/**
 * The consent texts (Einwilligung) of the current tenant's Beteiligung, versioned: contributions
 * record the version their author agreed to, and a published text never changes. Reading is
 * public; publishing a new version needs {@code EDITOR}.
 */
public interface Consents {

	/** The platform's text, in force until a municipality publishes its own. */
	Consent DEFAULT = new Consent("2026-11-01", "Ich bin einverstanden, dass mein Beitrag (zum Beispiel Titel und Text meiner Idee) "
			+ "öffentlich gezeigt und von der Verwaltung für das Integrationskonzept ausgewertet wird. Mein Name wird nicht veröffentlicht. "
			+ "Ich kann meine Daten jederzeit unter „Mein Konto“ herunterladen und mein Konto löschen; meine Beiträge bleiben dann anonym erhalten.",
			null);

	/** The version in force now. */
	Consent current();

	/** Every version, newest first, ending with the platform's default. */
	List<Consent> history();

	/** Publishes a new text as the new current version (named after today's date). */
	Consent publish(String text);

	/**
	 * The version a contribution records: the current one, if the author agreed to it.
	 * @param agreed whether the author ticked the consent box
	 * @param seenVersion the version shown to the author (from the form), or null when the caller
	 *        (an API client) did not say; then the current version applies
	 * @throws ParticipationProblems.Invalid without agreement
	 * @throws ParticipationProblems.ConsentOutdated when the text changed after it was shown
	 */
	String versionAgreedTo(boolean agreed, String seenVersion);

	/** One version of the consent text; {@code publishedAt} is null for the platform's default. */
	record Consent(String version, String text, Instant publishedAt) {
	}
}
