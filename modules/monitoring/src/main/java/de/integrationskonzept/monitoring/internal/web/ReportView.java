package de.integrationskonzept.monitoring.internal.web;

import java.util.List;

/**
 * A yearly report as its template shows it: every number already German text, every status with its words and symbol.
 * @param stateLine "Entwurf – zeigt die aktuellen Daten" or "Eingefroren am …"
 */
record ReportView(String tenantName, String editionTitle, int year, String stateLine, String asOf, String summaryComment,
		List<MonitoringViews.StatusCount> statusCounts, int indicatorCount, String measuresOverall, List<Count> measureCounts,
		List<Field> fields, List<IndicatorChange> indicatorChanges, List<MeasureChange> measureChanges, List<Entry> entries) {

	record Count(String label, long count) {
	}

	record Field(String anchor, String name, String comment, String progress, List<Goal> goals, List<Indicator> indicators,
			List<Measure> measures, List<Project> projects) {
	}

	record Goal(String title, String progress, int measures) {
	}

	record Indicator(String anchor, String name, String goal, String unit, MonitoringViews.Status status, String trend, String latest,
			String period, String target, String chart, List<MonitoringViews.SeriesRow> series) {
	}

	record Measure(String title, String status, String percent) {
	}

	record Project(String title, String carrier, String amount, String period, String evaluation) {
	}

	record IndicatorChange(String name, String field, MonitoringViews.Status before, String valueBefore, MonitoringViews.Status now,
			String valueNow) {
	}

	record MeasureChange(String title, String before, String now) {
	}

	record Entry(String indicator, String period, String value, String enteredOn, boolean correction) {
	}
}
