package de.integrationskonzept.participation.internal.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.participation.Consents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The consent text an API client shows before sending a contribution, with its version to send along. */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/consent")
@Tag(name = "Beteiligung")
class ConsentApi {

	private final Consents consents;

	ConsentApi(Consents consents) {
		this.consents = consents;
	}

	@GetMapping
	@Operation(summary = "Geltender Einwilligungstext", description = "Text und Fassung (version), die ein Beitrag als consentVersion mitschickt.")
	Consents.Consent current(@PathVariable String tenantSlug) {
		return consents.current();
	}

	@GetMapping("/versions")
	@Operation(summary = "Alle Fassungen des Einwilligungstexts", description = "Neueste zuerst, zuletzt der Standardtext der Plattform.")
	List<Consents.Consent> versions(@PathVariable String tenantSlug) {
		return consents.history();
	}
}
