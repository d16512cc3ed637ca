package de.integrationskonzept.monitoring.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.IndicatorStatus;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.MeasurementImports;
import de.integrationskonzept.monitoring.Trend;

/** What the monitoring pages show, already formatted the German way (decimal comma, dates as TT.MM.JJJJ). */
public final class MonitoringViews {


	private MonitoringViews() {
	}

	/** A status as text with a symbol, so it is never told by colour alone. */
	public record Status(String name, String label, String symbol) {

		static Status of(IndicatorStatus status) {
			return new Status(status.name().toLowerCase(java.util.Locale.ROOT), status.label(), status.symbol());
		}
	}

	public record StatusCount(Status status, long count) {
	}

	public record IndicatorRow(UUID id, String name, String goal, String latest, String period, String target, Status status, Trend trend) {
	}

	public record FieldSection(String name, List<IndicatorRow> indicators) {
	}

	public record SeriesRow(String period, String actual, String target) {
	}

	public record HistoryRow(String period, String value, String source, String collectedOn, String note, String via, String enteredAt,
			boolean current, boolean example) {
	}

	public record PreviewRow(int line, String indicator, String period, String value, String outcome, String reason, boolean rejected) {
	}

	static List<StatusCount> counts(List<IndicatorProgress> progress) {
		List<StatusCount> counts = new ArrayList<>();
		for (IndicatorStatus status : IndicatorStatus.values()) {
			counts.add(new StatusCount(Status.of(status), progress.stream().filter(p -> p.status() == status).count()));
		}
		return counts;
	}

	static List<FieldSection> sections(List<IndicatorProgress> progress) {
		Map<String, List<IndicatorRow>> byField = new LinkedHashMap<>();
		for (IndicatorProgress p : progress) {
			byField.computeIfAbsent(p.fieldName(), name -> new ArrayList<>()).add(row(p));
		}
		return byField.entrySet().stream().map(entry -> new FieldSection(entry.getKey(), entry.getValue())).toList();
	}

	static IndicatorRow row(IndicatorProgress p) {
		Measurement latest = p.latest();
		return new IndicatorRow(p.indicatorId(), p.name(), p.goalTitle(), latest == null ? null : withUnit(GermanNumbers.format(latest.value()), p.unit()),
				latest == null ? null : latest.period().toString(),
				p.expectedForLatest() == null ? null : withUnit(GermanNumbers.formatComputed(p.expectedForLatest()), p.unit()), Status.of(p.status()), p.trend());
	}

	static List<SeriesRow> series(IndicatorProgress p) {
		return p.series().stream().map(point -> new SeriesRow(point.period().toString(), GermanNumbers.format(point.actual()),
				GermanNumbers.formatComputed(point.target()))).toList();
	}

	static List<HistoryRow> history(List<Measurement> history) {
		return history.stream().map(m -> new HistoryRow(m.period().toString(), GermanNumbers.format(m.value()), m.source(),
				m.collectedOn() == null ? "" : GermanDates.format(m.collectedOn()), m.note(), via(m.enteredVia()), GermanDates.format(m.enteredAt()),
				m.current(), m.example())).toList();
	}

	static List<PreviewRow> preview(MeasurementImports.Preview preview) {
		return preview.rows().stream().map(row -> new PreviewRow(row.line(), row.indicatorName(), row.period(), GermanNumbers.format(row.value()),
				row.outcome().name(), row.reason(), row.outcome() == MeasurementImports.Outcome.ABGELEHNT)).toList();
	}

	static String direction(String direction) {
		return switch (direction == null ? "" : direction) {
			case "INCREASE" -> "soll steigen";
			case "DECREASE" -> "soll sinken";
			case "MAINTAIN" -> "soll gehalten werden";
			default -> "";
		};
	}

	private static String via(Measurement.EntryChannel channel) {
		return switch (channel) {
			case FORM -> "Formular";
			case IMPORT -> "CSV-Import";
			case API -> "Schnittstelle";
			case DEMO -> "Beispieldaten";
		};
	}

	static String withUnit(String value, String unit) {
		return unit == null || unit.isBlank() ? value : value + " " + unit;
	}
}
