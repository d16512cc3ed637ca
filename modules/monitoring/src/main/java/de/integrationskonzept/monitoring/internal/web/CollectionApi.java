package de.integrationskonzept.monitoring.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.CollectionRounds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Collection rounds of an edition's indicators. Reading: members from {@code CONTRIBUTOR} or scope
 * {@code monitoring.read}; changing a setting: {@code EDITOR} or scope {@code monitoring.write}.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/monitoring/editions/{editionId}/collection")
@Tag(name = "Monitoring: Erhebung", description = "Erhebungsrhythmus, zuständige Stelle und Fristen je Indikator; fällige und überfällige Werte, Vollständigkeit")
class CollectionApi {


	private final CollectionRounds rounds;

	CollectionApi(CollectionRounds rounds) {
		this.rounds = rounds;
	}

	@GetMapping
	@Operation(summary = "Fällige Werte und Vollständigkeit", description = "Jeder abgelaufene Zeitraum jedes Indikators seit Beginn des Konzepts "
			+ "(oder dem späteren Ausgangsjahr) mit Fälligkeit (Ende des Zeitraums + Frist, Standard 90 Tage) und Stand (ERLEDIGT, FAELLIG, "
			+ "UEBERFAELLIG); Vollständigkeit je Handlungsfeld und zuständiger Stelle (Anteil der Zeiträume mit verstrichener Frist, die einen "
			+ "Wert haben); die Einstellungen je Indikator. asOf: Stichtag (Standard: heute).")
	CollectionRounds.Overview overview(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return rounds.overview(editionId, asOf == null ? GermanDates.today() : asOf);
	}

	@PutMapping("/indicators/{indicatorId}")
	@Operation(summary = "Erhebung eines Indikators einstellen", description = "cadence (YEARLY, HALF_YEARLY, QUARTERLY), office (zuständige "
			+ "Stelle), responsibleAccountId (Konto der Kommune mit mindestens Rolle Redaktion), dueDays (0–365, Standard 90). Ungültig: 422 "
			+ "mit allen Fehlern, nichts gespeichert.")
	CollectionRounds.Setting configure(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId,
			@RequestBody CollectionRounds.SettingInput input) {
		return rounds.configure(editionId, indicatorId, input);
	}
}
