package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * IST values and SOLL targets of the current tenant's indicators. Reading needs membership
 * ({@code CONTRIBUTOR}) or the client scope {@code monitoring.read}; writing needs {@code EDITOR}
 * or the client scope {@code monitoring.write}.
 */
public interface Measurements {

	String READ_SCOPE = "monitoring.read";
	String WRITE_SCOPE = "monitoring.write";

	/**
	 * Records the value of an indicator for a period. If the period already has a value, this is a
	 * correction: the previous value stays in the history, marked as superseded. Recording the
	 * same value, source, date and note again changes nothing and answers the current value.
	 */
	Measurement record(EditionId edition, NewMeasurement measurement);

	/** Every value ever recorded for the indicator, by period, oldest entry first within a period. */
	List<Measurement> history(EditionId edition, UUID indicatorId);

	/** Sets (or with {@code value == null} removes) the explicit target of a year. */
	void setTarget(EditionId edition, UUID indicatorId, int year, BigDecimal value);

	/** Every indicator of the edition with its latest value, target path, status and trend, in the order of the concept. */
	List<IndicatorProgress> progress(EditionId edition);

	/**
	 * @param period {@code 2023}, {@code 2023-H1} or {@code 2023-Q2}
	 * @param via    {@code FORM}, {@code API}, {@code IMPORT} or {@code DEMO} (demo data are marked as examples)
	 */
	record NewMeasurement(UUID indicatorId, String period, BigDecimal value, String source, LocalDate collectedOn, String note,
			Measurement.EntryChannel via) {
	}
}
