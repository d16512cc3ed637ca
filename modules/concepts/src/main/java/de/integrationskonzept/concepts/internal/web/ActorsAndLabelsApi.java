package de.integrationskonzept.concepts.internal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LanguageCoverage;
import de.integrationskonzept.concepts.LevelLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Akteure, the tenant's names for the model's levels, and the language coverage of an edition.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/concepts")
@Tag(name = "Integrationskonzept", description = "Ausgaben des Integrationskonzepts einer Kommune")
class ActorsAndLabelsApi {

	private final Actors actors;
	private final LevelLabels labels;
	private final ConceptEditions editions;

	ActorsAndLabelsApi(Actors actors, LevelLabels labels, ConceptEditions editions) {
		this.actors = actors;
		this.labels = labels;
		this.editions = editions;
	}

	@GetMapping("/actors")
	@Operation(summary = "Akteure der Kommune")
	List<Actor> actors(@PathVariable String tenantSlug) {
		return actors.list();
	}

	@PostMapping("/actors")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Akteur hinzufügen")
	Actor add(@PathVariable String tenantSlug, @RequestBody Actor actor) {
		return actors.add(actor);
	}

	@PutMapping("/actors/{id}")
	@Operation(summary = "Akteur ändern", description = "Das Feld version muss der zuletzt gelesenen Version entsprechen (sonst 412).")
	Actor update(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody Actor actor) {
		return actors.update(new Actor(id, actor.kind(), actor.name(), actor.contact(), actor.email(), actor.phone(), actor.website(),
				actor.fields(), actor.version()), actor.version());
	}

	@DeleteMapping("/actors/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Akteur entfernen")
	void remove(@PathVariable String tenantSlug, @PathVariable UUID id) {
		actors.remove(id);
	}

	@GetMapping("/labels")
	@Operation(summary = "Bezeichnungen der Ebenen", description = "Eigene Namen der Kommune, sonst die Standardbezeichnung.")
	Map<LevelLabels.Level, LevelLabels.Label> labels(@PathVariable String tenantSlug) {
		return labels.all();
	}

	@PutMapping("/labels")
	@Operation(summary = "Ebenen umbenennen", description = "Z. B. HANDLUNGSZIEL → „Teilziel“. Das Modell bleibt unverändert.")
	Map<LevelLabels.Level, LevelLabels.Label> rename(@PathVariable String tenantSlug, @RequestBody Map<LevelLabels.Level, LevelLabels.Label> changed) {
		return labels.rename(changed);
	}

	@GetMapping("/editions/{id}/language-coverage")
	@Operation(summary = "Sprachabdeckung", description = "Welche Einträge noch keinen englischen oder Einfache-Sprache-Text haben.")
	LanguageCoverage coverage(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		return editions.languageCoverage(id);
	}
}
