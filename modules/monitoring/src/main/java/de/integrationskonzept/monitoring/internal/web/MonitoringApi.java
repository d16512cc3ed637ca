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

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.MeasurementImports;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.internal.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Indicator values (IST), targets (SOLL) and imports of a concept edition. Reading: members from
 * {@code CONTRIBUTOR} or scope {@code monitoring.read}; writing: {@code EDITOR} or scope
 * {@code monitoring.write}.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/monitoring/editions/{editionId}")
@Tag(name = "Monitoring", description = "IST-Werte und SOLL-Ziele der Indikatoren eines Integrationskonzepts, Status und Trend, CSV-Import")
class MonitoringApi {

	private final Measurements measurements;
	private final MeasurementImports imports;

	MonitoringApi(Measurements measurements, MeasurementImports imports) {
		this.measurements = measurements;
		this.imports = imports;
	}

	/** A value as API clients send it; the channel is always {@code API}. */
	record MeasurementInput(UUID indicatorId, String period, BigDecimal value, String source, LocalDate collectedOn, String note) {
	}

	record TargetInput(BigDecimal value) {
	}

	@GetMapping("/indicators")
	@Operation(summary = "Indikatoren mit Stand", description = "Jeder Indikator mit letztem IST-Wert, SOLL für diesen Zeitraum, Status, Trend und Zeitreihe.")
	List<IndicatorProgress> progress(@PathVariable String tenantSlug, @PathVariable EditionId editionId) {
		return measurements.progress(editionId);
	}

	@GetMapping("/indicators/{indicatorId}/measurements")
	@Operation(summary = "Verlauf eines Indikators", description = "Alle erfassten Werte einschließlich überholter (korrigierter) Einträge.")
	List<Measurement> history(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId) {
		return measurements.history(editionId, indicatorId);
	}

	@PostMapping("/measurements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "IST-Wert erfassen", description = "Ein Wert je Indikator und Zeitraum (2024, 2024-H1, 2024-Q3). Ein abweichender Wert für "
			+ "einen Zeitraum mit Wert ist eine Korrektur: der alte bleibt im Verlauf. Derselbe Wert noch einmal ändert nichts. Ungültig: 422.")
	Measurement record(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestBody MeasurementInput input) {
		return measurements.record(editionId, new Measurements.NewMeasurement(input.indicatorId(), input.period(), input.value(), input.source(),
				input.collectedOn(), input.note(), Measurement.EntryChannel.API));
	}

	@PutMapping("/indicators/{indicatorId}/targets/{year}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "SOLL-Wert eines Jahres setzen", description = "value null entfernt das Jahresziel; dann gilt der gerade Pfad von der Ausgangslage zum Zielwert.")
	void target(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId, @PathVariable int year,
			@RequestBody TargetInput input) {
		measurements.setTarget(editionId, indicatorId, year, input.value());
	}

	@PostMapping(path = "/imports", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "IST-Werte aus CSV importieren", description = "Mit dryRun=true nur die Vorschau (was mit jeder Zeile geschähe). Sonst alles "
			+ "oder nichts: eine fehlerhafte Zeile → 422 mit allen abgelehnten Zeilen, nichts gespeichert. Dieselbe Datei erneut ändert nichts.")
	MeasurementImports.Preview importCsv(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestBody String csv) {
		return dryRun ? imports.preview(editionId, csv) : imports.importCsv(editionId, csv);
	}

	@PostMapping(path = "/imports", consumes = XlsxTable.MEDIA_TYPE)
	@Operation(summary = "Dasselbe aus einer XLSX-Datei", description = "Das erste Tabellenblatt wird wie eine CSV-Datei gelesen (Zeile n des Blatts = "
			+ "Zeile n der Vorschau; Zahlen exakt, Datumszellen als Datum, Formeln mit ihrem gespeicherten Ergebnis). Keine, verschlüsselte, "
			+ "beschädigte oder zu große Dateien: 422, nichts gespeichert.")
	MeasurementImports.Preview importXlsx(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestBody byte[] xlsx) {
		return importCsv(tenantSlug, editionId, dryRun, XlsxTable.toCsvForWriter(xlsx));
	}
}
