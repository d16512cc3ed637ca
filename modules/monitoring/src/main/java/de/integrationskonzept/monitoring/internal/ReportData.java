package de.integrationskonzept.monitoring.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.MeasureProgress;

/**
 * What a yearly report says, as of the end of its year, gathered from the module's services; {@code internal.web}
 * turns it into HTML and PDF. The "year before" parts are the same views at the end of the previous year, for the
 * changes since then.
 * @param asOf         when the data were read (the moment of freezing for a frozen report)
 * @param comments     the staff's commentary by section ({@code summary} or a field id)
 * @param enteredInYear every value entered during the year (corrections included), oldest first
 */
public record ReportData(String tenantName, String editionTitle, int year, Instant asOf, boolean frozen, Map<String, String> comments,
		List<Field> fields, List<IndicatorProgress> indicators, List<IndicatorProgress> indicatorsYearBefore, MeasureProgress.Overview measures,
		MeasureProgress.Overview measuresYearBefore, List<FundedProject> projects, List<Entry> enteredInYear) {

	/** A Handlungsfeld with its goals and sub-goals (ids and German titles, in the order of the concept). */
	public record Field(UUID id, String name, List<UUID> goalIds, List<String> goalTitles) {
	}

	/** A value entered during the year, with the indicator it is for. */
	public record Entry(String indicatorName, String fieldName, String unit, Measurement measurement) {
	}
}
