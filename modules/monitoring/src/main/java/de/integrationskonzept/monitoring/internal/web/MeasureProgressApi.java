package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.MeasureImports;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.MeasureProgresses;
import de.integrationskonzept.monitoring.internal.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Progress of the measures of a concept edition: status, percent, weight, milestones, the roll-ups
 * per goal and field, bulk status changes and the CSV import. Reading: {@code CONTRIBUTOR} or scope
 * {@code monitoring.read}; writing: {@code EDITOR} or scope {@code monitoring.write}.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/monitoring/editions/{editionId}/measures")
@Tag(name = "Monitoring: Maßnahmen", description = "Status und Fortschritt der Maßnahmen, Meilensteine, Fortschritt je Ziel und Handlungsfeld")
class MeasureProgressApi {

	private final MeasureProgresses progresses;
	private final MeasureImports imports;

	MeasureProgressApi(MeasureProgresses progresses, MeasureImports imports) {
		this.progresses = progresses;
		this.imports = imports;
	}

	/** The new state of a measure; percent null follows the status rule, weight null counts as 1. */
	record ProgressInput(MeasureStatus status, Integer percent, BigDecimal weight, String note) {
	}

	record BulkStatusInput(List<UUID> measureIds, MeasureStatus status) {
	}

	record MilestoneInput(String title, LocalDate dueOn, LocalDate doneOn) {
	}

	@GetMapping
	@Operation(summary = "Maßnahmen mit Fortschritt", description = "Jede Maßnahme mit Status, Prozent, Gewicht und Meilensteinen; dazu der "
			+ "gewichtete Fortschritt je Ziel und je Handlungsfeld.")
	MeasureProgress.Overview overview(@PathVariable String tenantSlug, @PathVariable EditionId editionId) {
		return progresses.overview(editionId);
	}

	@PutMapping("/{measureId}")
	@Operation(summary = "Fortschritt einer Maßnahme setzen", description = "Ohne percent: bei geändertem Status dessen Standardwert (GEPLANT 0, "
			+ "LAUFEND 50, ABGESCHLOSSEN 100, AUSGESETZT behält den Stand), sonst bleibt der Stand. Derselbe Stand noch einmal ändert nichts.")
	MeasureProgress update(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@RequestBody ProgressInput input) {
		return progresses.update(editionId, measureId, new MeasureProgresses.Update(input.status(), input.percent(), input.weight(), input.note(), "API"));
	}

	@GetMapping("/{measureId}/history")
	@Operation(summary = "Verlauf einer Maßnahme", description = "Jeder erfasste Stand, auch überholte.")
	List<MeasureProgress.Change> history(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId) {
		return progresses.history(editionId, measureId);
	}

	@PostMapping("/bulk-status")
	@Operation(summary = "Status mehrerer Maßnahmen ändern", description = "Alles oder nichts: eine unbekannte Maßnahme → 422, nichts geändert.")
	List<MeasureProgress> bulkStatus(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestBody BulkStatusInput input) {
		return progresses.changeStatus(editionId, input.measureIds(), input.status(), "BULK");
	}

	@PostMapping("/{measureId}/milestones")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Meilenstein anlegen")
	MeasureProgress.Milestone addMilestone(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@RequestBody MilestoneInput input) {
		return progresses.addMilestone(editionId, measureId, input.title(), input.dueOn(), input.doneOn());
	}

	@PutMapping("/{measureId}/milestones/{milestoneId}")
	@Operation(summary = "Meilenstein ändern", description = "z. B. als erledigt markieren (doneOn).")
	MeasureProgress.Milestone updateMilestone(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@PathVariable UUID milestoneId, @RequestBody MilestoneInput input) {
		return progresses.updateMilestone(editionId, measureId, milestoneId, input.title(), input.dueOn(), input.doneOn());
	}

	@PostMapping(path = "/imports", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Status und Fortschritt aus CSV", description = "Spalten massnahme; status; prozent; anmerkung. Mit dryRun=true nur die "
			+ "Vorschau. Sonst alles oder nichts (422 mit allen abgelehnten Zeilen). Dieselbe Datei erneut ändert nichts.")
	MeasureImports.Preview importCsv(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestBody String csv) {
		return dryRun ? imports.preview(editionId, csv) : imports.importCsv(editionId, csv);
	}

	@PostMapping(path = "/imports", consumes = XlsxTable.MEDIA_TYPE)
	@Operation(summary = "Dasselbe aus einer XLSX-Datei", description = "Das erste Tabellenblatt wird wie eine CSV-Datei gelesen (Zeile n des Blatts = "
			+ "Zeile n der Vorschau; Zahlen exakt, Datumszellen als Datum, Formeln mit ihrem gespeicherten Ergebnis). Keine, verschlüsselte, "
			+ "beschädigte oder zu große Dateien: 422, nichts gespeichert.")
	MeasureImports.Preview importXlsx(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestBody byte[] xlsx) {
		return importCsv(tenantSlug, editionId, dryRun, XlsxTable.toCsvForWriter(xlsx));
	}
}
