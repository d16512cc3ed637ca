package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.FinalVote;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Abstimmung for voters (one radio group per goal: Zustimmung, Ablehnung, Enthaltung) and its
 * public result, sealed until the phase has ended.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/{id}/abstimmung")
class VotePages {

	private static final String CHOICE = "choice-";

	private final FinalVote vote;
	private final ParticipationProcesses processes;
	private final Tenants tenants;

	VotePages(FinalVote vote, ParticipationProcesses processes, Tenants tenants) {
		this.vote = vote;
		this.processes = processes;
		this.tenants = tenants;
	}

	@GetMapping
	String ballot(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(id));
		model.addAttribute("ballot", vote.ballot(id));
		model.addAttribute("choices", FinalVote.Choice.values());
		return "participation/ballot";
	}

	/** Each item's radio group is named {@code choice-<goal id>}; items left without a choice are not voted on. */
	@PostMapping
	String cast(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<UUID, FinalVote.Choice> choices = new LinkedHashMap<>();
		try {
			form.forEach((name, value) -> {
				if (name.startsWith(CHOICE) && !value.isBlank()) {
					choices.put(UUID.fromString(name.substring(CHOICE.length())), FinalVote.Choice.valueOf(value));
				}
			});
		}
		catch (IllegalArgumentException e) {
			choices.clear();
		}
		try {
			vote.vote(id, choices);
			redirect.addFlashAttribute("message", "Ihre Stimmen sind gespeichert. Sie können sie bis zum Ende der Abstimmung ändern.");
			return "redirect:/" + tenantSlug + "/beteiligung/" + id + "/abstimmung";
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("error", invalid.fieldErrors().values().iterator().next());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.PhaseClosed closed) {
			model.addAttribute("error", closed.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return ballot(tenantSlug, id, model);
	}

	@GetMapping("/ergebnis")
	String results(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(id));
		model.addAttribute("results", vote.results(id));
		return "participation/vote-results";
	}

	@ExceptionHandler(ParticipationProblems.ProcessNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
