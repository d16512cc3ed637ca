package de.integrationskonzept.concepts.internal.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
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

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.Edition.Direction;
import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplate.SuggestedGoal;
import de.integrationskonzept.concepts.FieldTemplates;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.concepts.LocalizedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * REST API of the shared Handlungsfeld templates and the indicator catalogue. Every signed-in
 * member of a tenant may read; only platform admins may write (URL rule and service check).
 * Writes need the current version in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/templates")
@Tag(name = "Vorlagen", description = "Gemeinsame Handlungsfeld-Vorlagen und Indikatorenkatalog; ändern dürfen nur Plattform-Administratoren")
class TemplatesApi {

	private final FieldTemplates templates;
	private final IndicatorCatalogue catalogue;

	TemplatesApi(FieldTemplates templates, IndicatorCatalogue catalogue) {
		this.templates = templates;
		this.catalogue = catalogue;
	}

	/** The content of a template version; version and publication time are set by the platform. */
	record TemplateContent(String code, LocalizedText name, LocalizedText description, List<SuggestedGoal> suggestedGoals,
			List<String> suggestedIndicators) {

		FieldTemplate toTemplate() {
			return new FieldTemplate(code, 0, name, description, suggestedGoals, suggestedIndicators, null);
		}
	}

	/** The content of a catalogue entry; version and change time are set by the platform. */
	record IndicatorContent(String code, LocalizedText name, LocalizedText definition, String unit, String normalisation,
			String dataSource, Direction direction, String sourceReference) {

		CatalogueIndicator toEntry() {
			return new CatalogueIndicator(code, 0, name, definition, unit, normalisation, dataSource, direction, sourceReference, null);
		}
	}

	@GetMapping("/fields")
	@Operation(summary = "Handlungsfeld-Vorlagen auflisten", description = "Die jeweils neueste Version jeder Vorlage.")
	List<FieldTemplate> listTemplates() {
		return templates.list();
	}

	@GetMapping("/fields/{code}")
	@Operation(summary = "Eine Handlungsfeld-Vorlage", description = "Die neueste Version oder mit 'version' eine bestimmte; ETag = Version.")
	ResponseEntity<FieldTemplate> template(@PathVariable String code, @RequestParam(required = false) Integer version) {
		FieldTemplate template = version == null ? templates.get(code) : templates.get(code, version);
		return ResponseEntity.ok().eTag(Versions.etag(template.version())).body(template);
	}

	@PostMapping("/fields")
	@Operation(summary = "Handlungsfeld-Vorlage anlegen (Plattform-Administration)", description = "Legt Version 1 an.")
	ResponseEntity<FieldTemplate> createTemplate(@RequestBody TemplateContent content) {
		FieldTemplate created = templates.create(content.toTemplate());
		return ResponseEntity.created(URI.create("/api/templates/fields/" + created.code())).eTag(Versions.etag(created.version()))
			.body(created);
	}

	@PutMapping("/fields/{code}")
	@Operation(summary = "Neue Version einer Vorlage veröffentlichen (Plattform-Administration)",
			description = "If-Match mit dem ETag der neuesten Version; 412, wenn inzwischen eine neuere veröffentlicht wurde. "
					+ "Kommunen, die die Vorlage übernommen haben, sehen danach die Änderungen als Aktualisierung.")
	ResponseEntity<FieldTemplate> publishVersion(@PathVariable String code,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody TemplateContent content) {
		requireSameCode(code, content.code());
		FieldTemplate published = templates.publishVersion(content.toTemplate(), Versions.fromIfMatch(ifMatch));
		return ResponseEntity.ok().eTag(Versions.etag(published.version())).body(published);
	}

	@GetMapping("/indicators")
	@Operation(summary = "Indikatorenkatalog", description = "Alle Einträge mit Definition, Einheit, Normierung, Datenquelle und Herkunft der Definition.")
	List<CatalogueIndicator> listIndicators() {
		return catalogue.list();
	}

	@GetMapping("/indicators/{code}")
	@Operation(summary = "Ein Eintrag des Indikatorenkatalogs", description = "ETag = Version des Eintrags.")
	ResponseEntity<CatalogueIndicator> indicator(@PathVariable String code) {
		CatalogueIndicator entry = catalogue.get(code);
		return ResponseEntity.ok().eTag(Versions.etag(entry.version())).body(entry);
	}

	@PostMapping("/indicators")
	@Operation(summary = "Katalogeintrag anlegen (Plattform-Administration)")
	ResponseEntity<CatalogueIndicator> createIndicator(@RequestBody IndicatorContent content) {
		CatalogueIndicator created = catalogue.create(content.toEntry());
		return ResponseEntity.created(URI.create("/api/templates/indicators/" + created.code())).eTag(Versions.etag(created.version()))
			.body(created);
	}

	@PutMapping("/indicators/{code}")
	@Operation(summary = "Katalogeintrag ändern (Plattform-Administration)", description = "If-Match mit dem ETag; 412 bei zwischenzeitlicher Änderung.")
	ResponseEntity<CatalogueIndicator> changeIndicator(@PathVariable String code,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody IndicatorContent content) {
		requireSameCode(code, content.code());
		CatalogueIndicator changed = catalogue.change(content.toEntry(), Versions.fromIfMatch(ifMatch));
		return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
	}

	private static void requireSameCode(String path, String body) {
		if (!path.equals(body)) {
			throw new Versions.Mismatch("Der Code im Dokument (" + body + ") passt nicht zur Adresse (" + path + ").");
		}
	}
}
