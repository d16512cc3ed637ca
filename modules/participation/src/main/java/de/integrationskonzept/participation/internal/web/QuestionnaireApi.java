package de.integrationskonzept.participation.internal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.QuestionnaireResults;
import de.integrationskonzept.participation.Questionnaires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Fragebögen through the REST API: the definition (JSON import is the authoring path for editors),
 * responses, results and the CSV export.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/questionnaires")
@Tag(name = "Fragebögen", description = "Fragebögen der Beteiligungsverfahren: Definition, Antworten, Ergebnisse, CSV-Export")
class QuestionnaireApi {

	/** Header with the respondent's random token for anonymous questionnaires (a device or browser keeps it). */
	static final String RESPONDENT_TOKEN = "Respondent-Token";

	private final Questionnaires questionnaires;

	QuestionnaireApi(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	record ResponseRequest(Map<Integer, Questionnaires.Answer> answers) {
	}

	record ResultsPublic(boolean resultsPublic) {
	}

	@GetMapping
	@Operation(summary = "Fragebögen", description = "Alle Fragebögen der Kommune, mit process=<id> nur die eines Verfahrens.")
	List<Questionnaire> list(@PathVariable String tenantSlug, @RequestParam(required = false) UUID process) {
		return process == null ? questionnaires.list() : questionnaires.of(process);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Fragebogen anlegen (JSON-Import der Fragen)", description = """
			Nur Redaktion. Fragen in Reihenfolge; kind SINGLE_CHOICE|MULTIPLE_CHOICE (options), SCALE (scale: min 0 oder 1, max bis 10, \
			minLabel, maxLabel), FREE_TEXT (maxLength). showIf {"question":1,"option":2}: Frage nur zeigen, wenn die Antwort auf die \
			frühere Auswahlfrage 1 die Antwortmöglichkeit 2 enthält (Nummern ab 1). Alle Fehler auf einmal: 422.""")
	Questionnaire create(@PathVariable String tenantSlug, @RequestBody Questionnaires.NewQuestionnaire questionnaire) {
		return questionnaires.create(questionnaire);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Definition eines Fragebogens")
	Questionnaire get(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return questionnaires.get(id);
	}

	@PostMapping("/{id}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Fragebogen beantworten", description = """
			answers: Fragennummer → {"options":[…]} | {"value":n} | {"text":"…"}. Anonyme Fragebögen brauchen den Header \
			Respondent-Token (Zufallswert, mindestens 22 Zeichen, je Gerät gleichbleibend). Nur während der Laufzeit (409), \
			einmal je Konto bzw. Token (409), ungültige Antworten 422, zu viele Antworten von einer Adresse 429. Antworten auf \
			ausgeblendete Fragen werden verworfen und in dropped genannt.""")
	Questionnaires.Submitted respond(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody ResponseRequest response,
			@RequestHeader(name = RESPONDENT_TOKEN, required = false) String token, HttpServletRequest request) {
		return questionnaires.respond(id, new Questionnaires.Respondent(token, request.getRemoteAddr()),
				response.answers() == null ? Map.of() : response.answers());
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Ergebnisse je Frage", description = "Redaktion immer (mit Freitexten); andere erst nach dem Schluss und nur, wenn freigegeben.")
	QuestionnaireResults results(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return questionnaires.results(id);
	}

	@PutMapping("/{id}/results-public")
	@Operation(summary = "Ergebnisse nach Schluss öffentlich zeigen (Redaktion)")
	Questionnaire publishResults(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody ResultsPublic body) {
		return questionnaires.publishResults(id, body.resultsPublic());
	}

	@GetMapping(value = "/{id}/responses.csv", produces = "text/csv")
	@Operation(summary = "Alle Antworten als CSV (Redaktion)", description = "RFC 4180, UTF-8 mit BOM, eine Zeile je Antwort, ohne personenbezogene Daten.")
	ResponseEntity<byte[]> csv(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return csvResponse(questionnaires.responsesCsv(id), id);
	}

	static ResponseEntity<byte[]> csvResponse(byte[] csv, UUID id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("fragebogen-" + id + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}
}
