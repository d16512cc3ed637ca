package de.integrationskonzept.concepts.internal.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.EditionSummary;
import de.integrationskonzept.concepts.HistoryEntry;
import de.integrationskonzept.concepts.ItemChange;
import de.integrationskonzept.concepts.Resolution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * REST API of a tenant's concept editions. Documents use the exchange format
 * {@code integrationskonzept-edition/1}; writes need the edition's version in {@code If-Match}
 * (the {@code ETag} of the last read), so concurrent edits are never silently lost.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/concepts/editions")
@Tag(name = "Integrationskonzept", description = "Ausgaben des Integrationskonzepts einer Kommune")
class ConceptsApi {

	private final ConceptEditions editions;

	ConceptsApi(ConceptEditions editions) {
		this.editions = editions;
	}

	/** A status change: the new status, and for adoption the council's resolution. */
	record StatusChange(EditionStatus status, Resolution resolution) {
	}

	@GetMapping
	@Operation(summary = "Ausgaben auflisten")
	List<EditionSummary> list(@PathVariable String tenantSlug) {
		return editions.list();
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eine Ausgabe als Dokument", description = "Antwort mit ETag (Version) für spätere Änderungen.")
	ResponseEntity<String> get(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		Edition edition = editions.get(id);
		return ResponseEntity.ok().eTag(etag(edition)).body(editions.exportJson(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ausgabe importieren", description = "Prüft das ganze Dokument zuerst und legt alles oder nichts an.")
	ResponseEntity<String> importEdition(@PathVariable String tenantSlug, @RequestBody String document) {
		Edition created = editions.importJson(document);
		return ResponseEntity.created(URI.create("/api/" + tenantSlug + "/concepts/editions/" + created.id()))
			.eTag(etag(created)).body(editions.exportJson(created.id()));
	}

	@PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Inhalt einer Ausgabe ändern", description = "Erfordert If-Match mit dem ETag; 412 bei zwischenzeitlicher Änderung.")
	ResponseEntity<String> update(@PathVariable String tenantSlug, @PathVariable EditionId id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody String document) {
		Edition changed = editions.readJson(document);
		if (!changed.id().equals(id)) {
			throw new Versions.Mismatch("Die ID im Dokument (" + changed.id() + ") passt nicht zur Adresse (" + id + ").");
		}
		Edition saved = editions.update(changed, version(ifMatch));
		return ResponseEntity.ok().eTag(etag(saved)).body(editions.exportJson(id));
	}

	@PostMapping(value = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Status ändern", description = "Z. B. zur Beschlussfassung, beschlossen (mit Beschluss), veröffentlicht.")
	ResponseEntity<String> changeStatus(@PathVariable String tenantSlug, @PathVariable EditionId id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody StatusChange change) {
		Edition moved = editions.changeStatus(id, change.status(), change.resolution(), version(ifMatch));
		return ResponseEntity.ok().eTag(etag(moved)).body(editions.exportJson(id));
	}

	@PostMapping(value = "/{id}/fortschreibung", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Fortschreibung anlegen", description = "Neuer Entwurf als Kopie mit Herkunftsverweisen.")
	ResponseEntity<String> fortschreiben(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		Edition draft = editions.fortschreiben(id);
		return ResponseEntity.created(URI.create("/api/" + tenantSlug + "/concepts/editions/" + draft.id()))
			.eTag(etag(draft)).body(editions.exportJson(draft.id()));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Änderungsverlauf")
	List<HistoryEntry> history(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		return editions.history(id);
	}

	@GetMapping("/{id}/comparison")
	@Operation(summary = "Zwei Ausgaben vergleichen", description = "Was von dieser Ausgabe zur Ausgabe 'with' hinzukam, wegfiel oder sich änderte.")
	List<ItemChange> compare(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam("with") EditionId other) {
		return editions.compare(id, other);
	}

	private static String etag(Edition edition) {
		return Versions.etag(edition.version());
	}

	private static int version(String ifMatch) {
		return Versions.fromIfMatch(ifMatch);
	}
}
