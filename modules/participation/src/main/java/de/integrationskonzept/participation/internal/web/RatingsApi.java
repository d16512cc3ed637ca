package de.integrationskonzept.participation.internal.web;

import java.util.List;
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

import de.integrationskonzept.participation.ExpertRatings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Expertenkreise and their ratings of the goals. */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/processes/{id}/ratings")
@Tag(name = "Expertenbewertung", description = "Expertenkreise je Handlungsfeld bewerten die Ziele (Relevanz, Umsetzbarkeit 1–5)")
class RatingsApi {

	private final ExpertRatings ratings;

	RatingsApi(ExpertRatings ratings) {
		this.ratings = ratings;
	}

	record Invitation(String expert) {
	}

	@GetMapping("/circles")
	@Operation(summary = "Expertenkreise je Handlungsfeld (Redaktion)")
	List<ExpertRatings.Circle> circles(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ratings.circles(id);
	}

	@PostMapping("/circles/{fieldId}/experts")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Expertin oder Experten einladen", description = "expert: E-Mail-Adresse oder Konto-ID eines Mitglieds der Kommune. "
			+ "Bis zum Ende der Expertenbewertung; danach 409.")
	void invite(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID fieldId, @RequestBody Invitation invitation) {
		ratings.invite(id, fieldId, invitation.expert());
	}

	@DeleteMapping("/circles/{fieldId}/experts/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Einladung beenden")
	void remove(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID fieldId, @PathVariable UUID accountId) {
		ratings.remove(id, fieldId, accountId);
	}

	@GetMapping("/mine")
	@Operation(summary = "Meine Expertenkreise mit Zielen und meinen Bewertungen")
	List<ExpertRatings.ExpertField> mine(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ratings.mine(id);
	}

	@PutMapping("/goals/{goalId}")
	@Operation(summary = "Ziel bewerten", description = "Nur eingeladene Expertinnen und Experten des Handlungsfelds (sonst 403), nur während der "
			+ "Expertenbewertung (sonst 409). Eine zweite Bewertung ersetzt die erste.")
	ExpertRatings.Rating rate(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID goalId,
			@RequestBody ExpertRatings.NewRating rating) {
		return ratings.rate(id, goalId, rating);
	}

	@GetMapping("/results")
	@Operation(summary = "Ergebnisse je Ziel (Redaktion)", description = "Versiegelt (sealed: true, nur die Zahl der bisherigen Bewertenden) "
			+ "bis die Expertenbewertung zu Ende ist.")
	ExpertRatings.RatingResults results(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ratings.results(id);
	}
}
