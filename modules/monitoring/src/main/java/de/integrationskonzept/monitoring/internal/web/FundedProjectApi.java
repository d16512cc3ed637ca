package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Funded projects (Förderprojekte) of a concept edition, their reported outputs and their evaluation
 * against the goals they claim. Reading: {@code CONTRIBUTOR} or scope {@code monitoring.read};
 * writing: {@code EDITOR} or scope {@code monitoring.write}.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/monitoring/editions/{editionId}/projects")
@Tag(name = "Monitoring: Förderprojekte", description = "Förderprojekte mit Träger, Summe, Zeitraum, Zielen, Leistungen und Bewertung je Ziel")
class FundedProjectApi {

	private final FundedProjects projects;

	FundedProjectApi(FundedProjects projects) {
		this.projects = projects;
	}

	record OutputInput(Integer year, String text, BigDecimal value, String unit) {
	}

	record EvaluationInput(UUID goalId, Integer rating, String text) {
	}

	@GetMapping
	@Operation(summary = "Förderprojekte", description = "Alle Projekte der Ausgabe mit Leistungen und aktueller Bewertung je Ziel.")
	List<FundedProject> list(@PathVariable String tenantSlug, @PathVariable EditionId editionId) {
		return projects.list(editionId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Förderprojekt anlegen", description = "Unbekannter Träger oder unbekanntes Ziel → 422 mit allen Problemen; nichts "
			+ "gespeichert.")
	FundedProject create(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestBody FundedProjects.Details details) {
		return projects.create(editionId, details);
	}

	@GetMapping("/{projectId}")
	@Operation(summary = "Ein Förderprojekt")
	FundedProject get(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId) {
		return projects.get(editionId, projectId);
	}

	@PutMapping("/{projectId}")
	@Operation(summary = "Förderprojekt ändern", description = "Bewertungen von Zielen, die das Projekt nicht mehr angibt, entfallen.")
	FundedProject update(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@RequestBody FundedProjects.Details details) {
		return projects.update(editionId, projectId, details);
	}

	@PostMapping("/{projectId}/outputs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Leistung eines Jahres melden", description = "Text, optional Zahl und Einheit (z. B. 42 Teilnehmende).")
	FundedProject.Output addOutput(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@RequestBody OutputInput input) {
		return projects.addOutput(editionId, projectId, input.year() == null ? 0 : input.year(), input.text(), input.value(), input.unit());
	}

	@PostMapping("/{projectId}/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Projekt gegen ein Ziel bewerten", description = "Nur Ziele, die das Projekt angibt. Bewertung 1 = kein Beitrag, "
			+ "2 = geringer, 3 = spürbarer, 4 = deutlicher Beitrag, 5 = Ziel wesentlich vorangebracht; eine neue Bewertung löst die "
			+ "bisherige ab, die im Verlauf bleibt.")
	FundedProject.Evaluation evaluate(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@RequestBody EvaluationInput input) {
		return projects.evaluate(editionId, projectId, input.goalId(), input.rating() == null ? 0 : input.rating(), input.text());
	}

	@GetMapping("/{projectId}/evaluations")
	@Operation(summary = "Verlauf der Bewertungen", description = "Jede Bewertung, auch abgelöste, mit wer und wann.")
	List<FundedProject.Evaluation> evaluations(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId) {
		return projects.evaluationHistory(editionId, projectId);
	}
}
