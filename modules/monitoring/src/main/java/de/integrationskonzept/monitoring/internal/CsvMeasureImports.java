package de.integrationskonzept.monitoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.MeasureImports;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.db.tables.records.MeasureProgressRecord;

@Service
@Transactional
class CsvMeasureImports implements MeasureImports {

	static final int MAX_ROWS = 10_000;
	private static final List<String> REQUIRED = List.of("massnahme", "status");
	private static final List<String> COLUMNS = List.of("massnahme", "status", "prozent", "anmerkung");

	private final JooqMeasureProgresses progresses;
	private final IndicatorStructure structure;

	CsvMeasureImports(JooqMeasureProgresses progresses, IndicatorStructure structure) {
		this.progresses = progresses;
		this.structure = structure;
	}

	/** A checked row, the current recorded state (null if none) and the state it leads to. */
	private record Checked(Row row, MeasureProgressRecord current, MeasureState next) {
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
			throw new MonitoringProblems.MeasureImportRejected(preview);
		}
		rows.stream().filter(checked -> checked.row().outcome() == Outcome.GEAENDERT)
			.forEach(checked -> progresses.store(checked.row().measureId(), checked.current(), checked.next(), "IMPORT"));
		return preview;
	}

	private List<Checked> check(EditionId edition, String csv) {
		List<CsvTable.Line> lines = CsvTable.read(csv, REQUIRED, COLUMNS, "massnahme; status (optional prozent; anmerkung)", MAX_ROWS);
		EditionMeasures measures = structure.measures(edition);
		List<UUID> ids = lines.stream().map(line -> id(line.cell("massnahme"))).filter(id -> id != null && measures.byId().containsKey(id))
			.toList();
		ids.forEach(progresses::lock);
		Map<UUID, MeasureProgressRecord> current = progresses.currentOf(ids);
		Set<UUID> seen = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		lines.forEach(line -> checked.add(checkRow(line, measures, current, seen)));
		return checked;
	}

	private static Checked checkRow(CsvTable.Line line, EditionMeasures measures, Map<UUID, MeasureProgressRecord> current, Set<UUID> seen) {
		UUID id = id(line.cell("massnahme"));
		Edition.Measure measure = id == null ? null : measures.byId().get(id);
		if (measure == null) {
			return rejected(line, null, "Unbekannte Maßnahme „" + line.cell("massnahme") + "“: bitte die Id der Maßnahme angeben.");
		}
		MeasureStatus status = status(line.cell("status"));
		Integer percent;
		try {
			percent = line.cell("prozent").isEmpty() ? null : Integer.valueOf(line.cell("prozent").replace("%", "").strip());
		}
		catch (NumberFormatException e) {
			return rejected(line, measure, "Der Fortschritt „" + line.cell("prozent") + "“ ist keine ganze Zahl von 0 bis 100.");
		}
		Map<String, String> problems = MeasureState.check(status, percent, null, line.cell("anmerkung"));
		if (!problems.isEmpty()) {
			return rejected(line, measure, String.join(" ", problems.values()));
		}
		if (!seen.add(id)) {
			return rejected(line, measure, "Die Maßnahme kommt in der Datei mehrfach vor.");
		}
		MeasureProgressRecord row = current.get(id);
		MeasureState before = JooqMeasureProgresses.stateOf(measure, row);
		MeasureState next = before.then(status, percent, before.weight(), line.cell("anmerkung"));
		Outcome outcome = before.sameAs(next) ? Outcome.UNVERAENDERT : Outcome.GEAENDERT;
		return new Checked(new Row(line.number(), id, measure.title().german(), status.name(), next.percent(), outcome, null), row, next);
	}

	private static Checked rejected(CsvTable.Line line, Edition.Measure measure, String reason) {
		return new Checked(new Row(line.number(), measure == null ? null : measure.id(), measure == null ? null : measure.title().german(),
				line.cell("status"), null, Outcome.ABGELEHNT, reason), null, null);
	}

	private static UUID id(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static MeasureStatus status(String text) {
		try {
			return MeasureStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
