package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.MeasurementImports;
import de.integrationskonzept.monitoring.Measurements.NewMeasurement;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.Period;

@Service
@Transactional
class CsvMeasurementImports implements MeasurementImports {

	static final int MAX_ROWS = 10_000;
	private static final List<String> REQUIRED = List.of("indikator", "zeitraum", "wert", "quelle");
	private static final List<String> COLUMNS = List.of("indikator", "zeitraum", "wert", "quelle", "erhoben_am", "anmerkung");
	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final JooqMeasurements measurements;
	private final IndicatorStructure structure;

	CsvMeasurementImports(JooqMeasurements measurements, IndicatorStructure structure) {
		this.measurements = measurements;
		this.structure = structure;
	}

	/** A checked row and what it would store. */
	private record Checked(MeasurementImports.Row row, NewMeasurement measurement) {
	}

	@Override
	@Transactional(readOnly = true)
	public Preview preview(EditionId edition, String csv) {
		JooqMeasurements.requireWriter();
		return new Preview(check(edition, csv).stream().map(Checked::row).toList());
	}

	@Override
	public Preview importCsv(EditionId edition, String csv) {
		JooqMeasurements.requireWriter();
		List<Checked> rows = check(edition, csv);
		Preview preview = new Preview(rows.stream().map(Checked::row).toList());
		if (!preview.acceptable()) {
			throw new MonitoringProblems.ImportRejected(preview);
		}
		rows.stream().filter(checked -> checked.row().outcome() != Outcome.UNVERAENDERT).forEach(checked -> measurements.store(checked.measurement()));
		return preview;
	}

	private List<Checked> check(EditionId edition, String csv) {
		List<CsvTable.Line> lines = CsvTable.read(csv, REQUIRED, COLUMNS, "indikator; zeitraum; wert; quelle (optional erhoben_am; anmerkung)",
				MAX_ROWS);
		EditionIndicators indicators = structure.of(edition);
		List<Checked> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		lines.forEach(line -> checked.add(checkRow(line.number(), line.cells(), indicators, seen)));
		return checked;
	}

	private Checked checkRow(int line, Map<String, String> cells, EditionIndicators indicators, Set<String> seen) {
		var located = indicators.find(cells.get("indikator"));
		String indicatorName = located.map(l -> l.indicator().name().german()).orElse(null);
		BigDecimal value = number(cells.get("wert"));
		if (located.isEmpty()) {
			return rejected(line, null, cells, value, "Unbekannter Indikator „" + cells.get("indikator")
					+ "“: angeben als Id oder als Katalog-Code, der in diesem Konzept genau einmal vorkommt.");
		}
		LocalDate collectedOn;
		try {
			collectedOn = date(cells.get("erhoben_am"));
		}
		catch (DateTimeParseException e) {
			return rejected(line, indicatorName, cells, value, "Das Datum „" + cells.get("erhoben_am") + "“ ist ungültig (JJJJ-MM-TT oder TT.MM.JJJJ).");
		}
		if (value == null && !cells.get("wert").isBlank()) {
			return rejected(line, indicatorName, cells, null, "Der Wert „" + cells.get("wert") + "“ ist keine Zahl.");
		}
		var measurement = new NewMeasurement(located.get().indicator().id(), cells.get("zeitraum"), value, cells.get("quelle"), collectedOn,
				cells.get("anmerkung"), Measurement.EntryChannel.IMPORT);
		var problems = MeasurementRules.check(measurement);
		if (!problems.isEmpty()) {
			return rejected(line, indicatorName, cells, value, String.join(" ", problems.values()));
		}
		Period period = Period.parseOrNull(measurement.period());
		if (!seen.add(measurement.indicatorId() + "|" + period)) {
			return rejected(line, indicatorName, cells, value, "Indikator und Zeitraum " + period + " kommen in der Datei mehrfach vor.");
		}
		var current = measurements.currentOf(measurement.indicatorId(), period);
		Outcome outcome = current == null ? Outcome.NEU : JooqMeasurements.sameContent(current, measurement) ? Outcome.UNVERAENDERT : Outcome.KORREKTUR;
		return new Checked(new Row(line, measurement.indicatorId(), indicatorName, period.toString(), value, outcome, null), measurement);
	}

	private static Checked rejected(int line, String indicatorName, Map<String, String> cells, BigDecimal value, String reason) {
		return new Checked(new Row(line, null, indicatorName, cells.get("zeitraum"), value, Outcome.ABGELEHNT, reason), null);
	}

	/** {@code 1234,5}, {@code 1.234,5} (German) or {@code 1234.5}. */
	static BigDecimal number(String text) {
		String value = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.contains(",")) {
			value = value.replace(".", "").replace(',', '.');
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.contains(".") ? LocalDate.parse(text.strip(), GERMAN_DATE) : LocalDate.parse(text.strip());
	}
}
