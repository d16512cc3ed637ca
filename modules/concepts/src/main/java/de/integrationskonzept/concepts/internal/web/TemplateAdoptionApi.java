package de.integrationskonzept.concepts.internal.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.TemplateAdoption;
import de.integrationskonzept.concepts.TemplateUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * REST API for adopting shared Handlungsfeld templates into a tenant's edition and following
 * their new versions. Every write changes the edition and therefore needs its version in
 * {@code If-Match}; the answer is the saved edition with its new {@code ETag}.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/concepts/editions/{id}")
@Tag(name = "Integrationskonzept", description = "Ausgaben des Integrationskonzepts einer Kommune")
class TemplateAdoptionApi {

	private final TemplateAdoption adoption;
	private final ConceptEditions editions;

	TemplateAdoptionApi(TemplateAdoption adoption, ConceptEditions editions) {
		this.adoption = adoption;
		this.editions = editions;
	}

	/** Which template to adopt. */
	record Adoption(String code) {
	}

	/** One open change to apply: the field, the suggested goal's key, and whether to overwrite the tenant's own wording. */
	record Application(UUID fieldId, String key, Boolean overwrite) {
	}

	/** The field whose remaining changes are dismissed. */
	record Dismissal(UUID fieldId) {
	}

	@PostMapping(value = "/template-adoptions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Handlungsfeld-Vorlage übernehmen",
			description = "Fügt ein Handlungsfeld aus der neuesten Version der Vorlage hinzu, mit ihren vorgeschlagenen Zielen. Erfordert If-Match.")
	ResponseEntity<String> adopt(@PathVariable String tenantSlug, @PathVariable EditionId id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Adoption request) {
		return saved(adoption.adopt(id, request.code(), Versions.fromIfMatch(ifMatch)));
	}

	@GetMapping("/template-updates")
	@Operation(summary = "Verfügbare Aktualisierungen übernommener Vorlagen",
			description = "Je Handlungsfeld mit neuerer Vorlagenversion die noch offenen Änderungen der vorgeschlagenen Ziele.")
	List<TemplateUpdate> updates(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		return adoption.updates(id);
	}

	@PostMapping(value = "/template-updates/apply", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eine Änderung der Vorlage übernehmen",
			description = "Ein selbst bearbeitetes Ziel bleibt unverändert (409), außer mit overwrite=true. Ist keine Änderung mehr offen, "
					+ "steht das Handlungsfeld danach auf der neuesten Vorlagenversion. Erfordert If-Match.")
	ResponseEntity<String> apply(@PathVariable String tenantSlug, @PathVariable EditionId id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Application request) {
		return saved(adoption.apply(id, request.fieldId(), request.key(), Boolean.TRUE.equals(request.overwrite()),
				Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping(value = "/template-updates/dismiss", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Übrige Änderungen der Vorlage verwerfen",
			description = "Lässt das Handlungsfeld, wie es ist, und setzt es auf die neueste Vorlagenversion. Erfordert If-Match.")
	ResponseEntity<String> dismiss(@PathVariable String tenantSlug, @PathVariable EditionId id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Dismissal request) {
		return saved(adoption.dismissRemaining(id, request.fieldId(), Versions.fromIfMatch(ifMatch)));
	}

	private ResponseEntity<String> saved(Edition edition) {
		return ResponseEntity.ok().eTag(Versions.etag(edition.version())).body(editions.exportJson(edition.id()));
	}
}
