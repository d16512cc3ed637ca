package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * IST values from a CSV file (as exported from a spreadsheet): first a preview that checks every
 * row and says what would happen, then the import, all or nothing. Importing the same file again
 * changes nothing (unchanged rows are recognised and skipped). Needs {@code EDITOR} or the client
 * scope {@code monitoring.write}.
 * <p>
 * Columns (header row, names as below, separator {@code ;} or {@code ,}, decimal comma or point):
 * {@code indikator} (indicator id or catalogue code), {@code zeitraum}, {@code wert},
 * {@code quelle}, optional {@code erhoben_am} (YYYY-MM-DD or DD.MM.YYYY) and {@code anmerkung}.
 */
public interface MeasurementImports {

	/** What happens to one row. */
	enum Outcome {
		NEU, KORREKTUR, UNVERAENDERT, ABGELEHNT
	}

	/**
	 * @param line the line number in the file (the header is line 1)
	 * @param reason why a row is rejected (German), null otherwise
	 */
	record Row(int line, UUID indicatorId, String indicatorName, String period, BigDecimal value, Outcome outcome, String reason) {
	}

	record Preview(List<Row> rows) {

		public Preview {
			rows = List.copyOf(rows);
		}

		public long count(Outcome outcome) {
			return rows.stream().filter(row -> row.outcome() == outcome).count();
		}

		public long rejectedCount() {
			return count(Outcome.ABGELEHNT);
		}

		public boolean acceptable() {
			return !rows.isEmpty() && rejectedCount() == 0;
		}
	}

	/** Checks the file against the edition's indicators and the stored values; stores nothing. */
	Preview preview(EditionId edition, String csv);

	/**
	 * Imports all rows, or nothing.
	 * @throws MonitoringProblems.ImportRejected if any row is rejected (or the file has no rows)
	 */
	Preview importCsv(EditionId edition, String csv);
}
