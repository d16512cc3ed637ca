package de.integrationskonzept.monitoring;

import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * Status and percent of measures from a CSV file, and new measures for a draft: first a preview that
 * checks every row, then the import, all or nothing. Importing the same file again changes nothing
 * (a new measure is found by its title the second time). Needs {@code EDITOR} or the client scope
 * {@code monitoring.write}; rows that add measures change the concept edition and so also need the right
 * to edit it (concepts module).
 * <p>
 * Columns (header row, separator {@code ;} or {@code ,}): {@code massnahme} (the measure's id or exact title,
 * case-insensitive), {@code status} (GEPLANT, LAUFEND, ABGESCHLOSSEN, AUSGESETZT), optional {@code prozent}
 * (0–100; empty: the percent rule of {@link MeasureProgresses}) and {@code anmerkung}. A title no measure has
 * adds a measure with that title when the row names its goal in {@code ziel} (id or exact title) and the
 * edition is still editable (a draft); optional {@code verantwortlich}.
 */
public interface MeasureImports {

	/** What happens to one row. */
	enum Outcome {
		NEU, GEAENDERT, UNVERAENDERT, ABGELEHNT
	}

	/**
	 * @param line   the line number in the file (the header is line 1)
	 * @param reason why a row is rejected (German), null otherwise
	 */
	record Row(int line, UUID measureId, String title, String status, Integer percent, Outcome outcome, String reason) {
	}

	record Preview(List<Row> rows) {

		public Preview {
			rows = List.copyOf(rows);
		}

		public long count(Outcome outcome) {
			return rows.stream().filter(row -> row.outcome() == outcome).count();
		}

		public boolean acceptable() {
			return !rows.isEmpty() && count(Outcome.ABGELEHNT) == 0;
		}
	}

	/** Checks the file against the edition's measures and their progress; stores nothing. */
	Preview preview(EditionId edition, String csv);

	/**
	 * Imports all rows, or nothing.
	 * @throws MonitoringProblems.MeasureImportRejected if any row is rejected (or the file has no rows)
	 */
	Preview importCsv(EditionId edition, String csv);
}
