package de.integrationskonzept.monitoring.internal.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import de.integrationskonzept.monitoring.YearlyReport;
import de.integrationskonzept.monitoring.YearlyReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Yearly reports of a concept edition. Reading: {@code CONTRIBUTOR} or scope {@code monitoring.read}; writing
 * (create, commentary, freeze, release): {@code EDITOR} or scope {@code monitoring.write}. Errors are problem details.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/monitoring/reports")
@Tag(name = "Monitoring: Jahresberichte", description = "Sachstandsbericht je Integrationskonzept und Jahr: Entwurf mit aktuellen Daten, "
		+ "Kommentare, Einfrieren (unveränderlich, HTML und PDF), Veröffentlichung")
class YearlyReportApi {

	private final YearlyReports reports;

	YearlyReportApi(YearlyReports reports) {
		this.reports = reports;
	}

	record NewReport(EditionId editionId, int year) {
	}

	record CommentInput(String text) {
	}

	@GetMapping
	@Operation(summary = "Berichte eines Integrationskonzepts", description = "Neuestes Jahr zuerst, mit Stand (ENTWURF, EINGEFROREN, VEROEFFENTLICHT) und Kommentaren.")
	List<YearlyReport> list(@PathVariable String tenantSlug, @RequestParam EditionId editionId) {
		return reports.list(editionId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Entwurf anlegen", description = "Ein Bericht je Integrationskonzept und Jahr; gibt es schon einen (auch eingefroren): 409.")
	YearlyReport create(@PathVariable String tenantSlug, @RequestBody NewReport input) {
		return reports.create(input.editionId(), input.year());
	}

	@GetMapping("/{editionId}/{year}")
	@Operation(summary = "Ein Bericht", description = "Stand, wer und wann eingefroren/veröffentlicht hat, Kommentare je Abschnitt.")
	YearlyReport get(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return reports.get(editionId, year);
	}

	@GetMapping(path = "/{editionId}/{year}/html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "Bericht als HTML", description = "Ein Entwurf mit den aktuellen Daten, ein eingefrorener Bericht wie gespeichert (XHTML-Fragment).")
	String html(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return reports.html(editionId, year);
	}

	@PutMapping("/{editionId}/{year}/comments/{section}")
	@Operation(summary = "Kommentar setzen", description = "Abschnitt: summary oder die ID eines Handlungsfelds; Klartext, höchstens 4000 Zeichen; "
			+ "leer entfernt ihn. Nur im Entwurf (sonst 409).")
	YearlyReport comment(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, @PathVariable String section,
			@RequestBody CommentInput input) {
		return reports.comment(editionId, year, section, input.text());
	}

	@PostMapping("/{editionId}/{year}/freeze")
	@Operation(summary = "Einfrieren", description = "Erzeugt HTML und PDF einmal und speichert sie; danach ist der Bericht unveränderlich (erneut: 409).")
	YearlyReport freeze(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return reports.freeze(editionId, year);
	}

	@PostMapping("/{editionId}/{year}/release")
	@Operation(summary = "Veröffentlichen", description = "Zeigt einen eingefrorenen Bericht auf der öffentlichen Seite; ein Entwurf oder ein schon "
			+ "veröffentlichter Bericht: 409.")
	YearlyReport release(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return reports.release(editionId, year);
	}

	@GetMapping(path = "/{editionId}/{year}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Bericht als PDF", description = "Ein Entwurf frisch erzeugt, ein eingefrorener Bericht wie gespeichert.")
	ResponseEntity<byte[]> pdf(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return pdfResponse(reports.pdf(editionId, year), "sachstandsbericht-" + tenantSlug + "-" + year + ".pdf");
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString()).body(pdf);
	}
}
