package de.integrationskonzept.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.monitoring.MeasureImports;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.db.tables.records.MeasureProgressRecord;

@Service
@Transactional
class CsvMeasureImports implements MeasureImports {

	static final int MAX_ROWS = 10_000;
	private static final List<String> REQUIRED = List.of("massnahme", "status");
	private static final List<String> COLUMNS = List.of("massnahme", "status", "prozent", "anmerkung", "ziel", "verantwortlich");
	private static final int MAX_TITLE = 300;

	private final JooqMeasureProgresses progresses;
	private final IndicatorStructure structure;
	private final ConceptEditions editions;

	CsvMeasureImports(JooqMeasureProgresses progresses, IndicatorStructure structure, ConceptEditions editions) {
		this.progresses = progresses;
		this.structure = structure;
		this.editions = editions;
	}

	/**
	 * A checked row, the current recorded state (null if none) and the state it leads to; {@code created}
	 * is the measure a NEU row adds to the edition (null otherwise).
	 */
	private record Checked(Row row, MeasureProgressRecord current, MeasureState next, Edition.Measure created) {
	}

	/** What the rows are checked against: the edition, its measures by id and by title (case-insensitive), its goals by title. */
	private record Known(Edition edition, EditionMeasures measures, Map<String, Edition.Measure> byTitle, Map<String, UUID> goalsByTitle) {

		static Known of(Edition edition) {
			EditionMeasures measures = EditionMeasures.of(edition);
			Map<String, Edition.Measure> byTitle = new HashMap<>();
			measures.byId().values().forEach(measure -> byTitle.putIfAbsent(key(measure.title().german()), measure));
			Map<String, UUID> goalsByTitle = new HashMap<>();
			measures.goals().forEach((id, located) -> goalsByTitle.putIfAbsent(key(located.goal().title().german()), id));
			return new Known(edition, measures, byTitle, goalsByTitle);
		}

		Edition.Measure measure(String cell) {
			UUID id = id(cell);
			return id != null ? measures.byId().get(id) : byTitle.get(key(cell));
		}

		UUID goal(String cell) {
			UUID id = id(cell);
			return id != null ? (measures.goals().containsKey(id) ? id : null) : goalsByTitle.get(key(cell));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Preview preview(EditionId edition, String csv) {
		JooqMeasurements.requireWriter();
		return new Preview(check(structure.edition(edition), csv).stream().map(Checked::row).toList());
	}

	@Override
	public Preview importCsv(EditionId edition, String csv) {
		JooqMeasurements.requireWriter();
		Edition draft = structure.edition(edition);
		List<Checked> rows = check(draft, csv);
		Preview preview = new Preview(rows.stream().map(Checked::row).toList());
		if (!preview.acceptable()) {
			throw new MonitoringProblems.MeasureImportRejected(preview);
		}
		List<Edition.Measure> created = rows.stream().map(Checked::created).filter(java.util.Objects::nonNull).toList();
		if (!created.isEmpty()) {
			// The concepts module owns measures: new ones go into the draft through its service (as the caller, in this transaction).
			List<Edition.Measure> measures = new ArrayList<>(draft.measures());
			measures.addAll(created);
			editions.update(draft.withMeasures(measures), draft.version());
		}
		rows.stream().filter(checked -> checked.row().outcome() != Outcome.UNVERAENDERT && checked.next() != null
				&& !(checked.created() != null && checked.next().sameAs(JooqMeasureProgresses.stateOf(checked.created(), null))))
			.forEach(checked -> progresses.store(checked.row().measureId(), checked.current(), checked.next(), "IMPORT"));
		return preview;
	}

	private List<Checked> check(Edition edition, String csv) {
		List<CsvTable.Line> lines = CsvTable.read(csv, REQUIRED, COLUMNS,
				"massnahme; status (optional prozent; anmerkung; für neue Maßnahmen ziel; verantwortlich)", MAX_ROWS);
		Known known = Known.of(edition);
		List<UUID> ids = lines.stream().map(line -> known.measure(line.cell("massnahme"))).filter(java.util.Objects::nonNull)
			.map(Edition.Measure::id).distinct().toList();
		ids.forEach(progresses::lock);
		Map<UUID, MeasureProgressRecord> current = progresses.currentOf(ids);
		Set<String> seen = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		lines.forEach(line -> checked.add(checkRow(line, known, current, seen)));
		return checked;
	}

	private static Checked checkRow(CsvTable.Line line, Known known, Map<UUID, MeasureProgressRecord> current, Set<String> seen) {
		String named = line.cell("massnahme").strip();
		Edition.Measure measure = known.measure(named);
		boolean isNew = measure == null;
		if (isNew) {
			if (named.isEmpty() || id(named) != null) {
				return rejected(line, null, "Unbekannte Maßnahme „" + named + "“: bitte die Id oder den genauen Titel einer Maßnahme angeben"
						+ " (oder für eine neue Maßnahme ihren Titel und in der Spalte ziel ihr Ziel).");
			}
			if (line.cell("ziel").isBlank()) {
				return rejected(line, null, "Unbekannte Maßnahme „" + named + "“. Soll sie neu angelegt werden, geben Sie in der Spalte ziel"
						+ " das Ziel an, dem sie dient (Id oder genauer Titel).");
			}
			if (!known.edition().status().isEditable()) {
				return rejected(line, null, "Neue Maßnahmen nimmt nur ein Entwurf auf; dieses Integrationskonzept ist „"
						+ known.edition().status().label() + "“. Legen Sie Maßnahmen in einer Fortschreibung an.");
			}
			if (named.length() > MAX_TITLE) {
				return rejected(line, null, "Der Titel der neuen Maßnahme ist zu lang (höchstens " + MAX_TITLE + " Zeichen).");
			}
		}
		UUID goal = line.cell("ziel").isBlank() ? null : known.goal(line.cell("ziel"));
		if (isNew && goal == null) {
			return rejected(line, null, "Unbekanntes Ziel „" + line.cell("ziel") + "“ in diesem Integrationskonzept.");
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
		if (!seen.add(isNew ? "neu:" + key(named) : measure.id().toString())) {
			return rejected(line, measure, "Die Maßnahme kommt in der Datei mehrfach vor.");
		}
		if (isNew) {
			Edition.Measure created = new Edition.Measure(UUID.randomUUID(), LocalizedText.german(named), null,
					line.cell("verantwortlich").isBlank() ? null : line.cell("verantwortlich").strip(), List.of(), null, null, null, null,
					status, List.of(goal), false, null, null);
			MeasureState next = JooqMeasureProgresses.stateOf(created, null).then(status, percent, null, line.cell("anmerkung"));
			return new Checked(new Row(line.number(), created.id(), named, status.name(), next.percent(), Outcome.NEU, null), null, next,
					created);
		}
		MeasureProgressRecord row = current.get(measure.id());
		MeasureState before = JooqMeasureProgresses.stateOf(measure, row);
		MeasureState next = before.then(status, percent, before.weight(), line.cell("anmerkung"));
		Outcome outcome = before.sameAs(next) ? Outcome.UNVERAENDERT : Outcome.GEAENDERT;
		return new Checked(new Row(line.number(), measure.id(), measure.title().german(), status.name(), next.percent(), outcome, null), row,
				next, null);
	}

	private static String key(String title) {
		return title.strip().toLowerCase(Locale.GERMAN);
	}

	private static Checked rejected(CsvTable.Line line, Edition.Measure measure, String reason) {
		return new Checked(new Row(line.number(), measure == null ? null : measure.id(), measure == null ? null : measure.title().german(),
				line.cell("status"), null, Outcome.ABGELEHNT, reason), null, null, null);
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
