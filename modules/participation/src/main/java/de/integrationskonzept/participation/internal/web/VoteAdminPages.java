package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.List;
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

/** The editors' page of the Abstimmung: who may vote, which goals, and the voter list. */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/{id}/abstimmung")
class VoteAdminPages {

	private static final UUID NO_GOAL = new UUID(0, 0);

	private final FinalVote vote;
	private final ParticipationProcesses processes;
	private final Tenants tenants;

	VoteAdminPages(FinalVote vote, ParticipationProcesses processes, Tenants tenants) {
		this.vote = vote;
		this.processes = processes;
		this.tenants = tenants;
	}

	@GetMapping
	String page(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		FinalVote.Setup setup = vote.setup(id);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(id));
		model.addAttribute("setup", setup);
		// Until the first save every goal is proposed (the default); afterwards the saved items.
		model.addAttribute("selected", (setup.configured() ? setup.items() : setup.goals()).stream().map(FinalVote.Item::goalId).toList());
		model.addAttribute("modes", FinalVote.VoterMode.values());
		return "participation/vote-admin";
	}

	@PostMapping
	String configure(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam(required = false) FinalVote.VoterMode mode,
			@RequestParam(name = "goal", required = false) List<UUID> goals, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// No box ticked means no goal (refused by the service), not the API's default of all goals.
		List<UUID> chosen = goals == null || goals.isEmpty() ? List.of(NO_GOAL) : goals;
		return act(tenantSlug, id, model, redirect, response, "Die Einstellungen der Abstimmung sind gespeichert.",
				() -> vote.configure(id, mode, chosen));
	}

	@PostMapping("/stimmberechtigte")
	String addVoter(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam(required = false) String voter, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(tenantSlug, id, model, redirect, response, "Eingetragen: " + (voter == null ? "" : voter.strip()), () -> vote.addVoter(id, voter));
	}

	@PostMapping("/stimmberechtigte/{accountId}/entfernen")
	String removeVoter(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID accountId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(tenantSlug, id, model, redirect, response, "Die Person steht nicht mehr auf der Liste der Stimmberechtigten.",
				() -> vote.removeVoter(id, accountId));
	}

	/** Runs a change; on success back to the page with a message, on refusal the page with the reason. */
	private String act(String tenantSlug, UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, String message,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/" + id + "/abstimmung";
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("errors", invalid.fieldErrors());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.PhaseClosed | ParticipationProblems.Locked refused) {
			model.addAttribute("error", refused.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(tenantSlug, id, model);
	}

	@ExceptionHandler(ParticipationProblems.ProcessNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
