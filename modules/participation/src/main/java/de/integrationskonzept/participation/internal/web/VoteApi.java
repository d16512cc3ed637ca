package de.integrationskonzept.participation.internal.web;

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

import de.integrationskonzept.participation.FinalVote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Abstimmung on the proposed goals. */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/processes/{id}/vote")
@Tag(name = "Abstimmung", description = "Abschließende Abstimmung über die vorgeschlagenen Ziele")
class VoteApi {

	private final FinalVote vote;

	VoteApi(FinalVote vote) {
		this.vote = vote;
	}

	record Settings(FinalVote.VoterMode mode, List<UUID> goalIds) {
	}

	record NewVoter(String voter) {
	}

	record Votes(Map<UUID, FinalVote.Choice> choices) {
	}

	@GetMapping("/setup")
	@Operation(summary = "Einstellungen der Abstimmung (Redaktion)")
	FinalVote.Setup setup(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return vote.setup(id);
	}

	@PutMapping("/setup")
	@Operation(summary = "Stimmberechtigte und Ziele festlegen", description = "mode: INVITED oder ALL_MEMBERS; goalIds leer: alle Ziele der Ausgabe. "
			+ "Nach der ersten Stimme sind die Ziele fest (409).")
	FinalVote.Setup configure(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody Settings settings) {
		return vote.configure(id, settings.mode(), settings.goalIds());
	}

	@PostMapping("/voters")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stimmberechtigte Person eintragen", description = "voter: E-Mail-Adresse oder Konto-ID eines Mitglieds der Kommune.")
	void addVoter(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody NewVoter voter) {
		vote.addVoter(id, voter.voter());
	}

	@DeleteMapping("/voters/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeVoter(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID accountId) {
		vote.removeVoter(id, accountId);
	}

	@GetMapping("/ballot")
	@Operation(summary = "Mein Stimmzettel", description = "Die Ziele, ob ich jetzt abstimmen darf, und meine bisherigen Stimmen.")
	FinalVote.Ballot ballot(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return vote.ballot(id);
	}

	@PostMapping
	@Operation(summary = "Abstimmen", description = "choices: Ziel-ID → ZUSTIMMUNG, ABLEHNUNG oder ENTHALTUNG. Nur Stimmberechtigte (sonst 403), "
			+ "nur während der Abstimmung (sonst 409); bis zum Ende änderbar, je Person und Ziel zählt eine Stimme.")
	FinalVote.Ballot cast(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody Votes votes) {
		return vote.vote(id, votes.choices());
	}

	@GetMapping("/results")
	@Operation(summary = "Ergebnis", description = "Versiegelt (sealed: true) bis die Abstimmung zu Ende ist.")
	FinalVote.VoteResults results(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return vote.results(id);
	}
}
