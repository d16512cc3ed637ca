package de.integrationskonzept.concepts;

import java.util.List;

/**
 * A municipality's concept editions: reading, editing, the lifecycle up to the council's
 * resolution, Fortschreibung, history, comparison, and the JSON exchange format. All
 * operations act on the current tenant and check the caller's role themselves: reading needs
 * {@code CONTRIBUTOR} (or scope {@code concepts.read}), changing needs {@code EDITOR} (or scope
 * {@code concepts.write}).
 */
public interface ConceptEditions {

	List<EditionSummary> list();

	Edition get(EditionId id);

	/** Creates a new draft edition. */
	Edition create(Edition draft);

	/**
	 * Saves new content of an editable edition, if nobody saved since {@code expectedVersion}.
	 * Status and resolution are not changed here ({@link #changeStatus}).
	 */
	Edition update(Edition edition, int expectedVersion);

	/** Moves the edition along its lifecycle; adopting needs the resolution (body and date). */
	Edition changeStatus(EditionId id, EditionStatus status, Resolution resolution, int expectedVersion);

	/** Starts the next edition as a draft copy with provenance links. */
	Edition fortschreiben(EditionId id);

	List<HistoryEntry> history(EditionId id);

	/** What changed from edition {@code from} to edition {@code to}, item by item and per Handlungsfeld. */
	List<ItemChange> compare(EditionId from, EditionId to);

	/** Which items lack a text in English, in plain language, or in any other language the edition uses. */
	LanguageCoverage languageCoverage(EditionId id);

	/** The whole edition in the exchange format {@code integrationskonzept-edition/1}. */
	String exportJson(EditionId id);

	/** Imports a whole edition; validates everything first and writes all or nothing. */
	Edition importJson(String json);

	/** Reads a document in the exchange format without saving it (e.g. the body of an update). */
	Edition readJson(String json);
}
