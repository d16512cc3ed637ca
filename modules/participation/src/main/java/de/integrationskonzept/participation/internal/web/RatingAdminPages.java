package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
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

import de.integrationskonzept.participation.ExpertRatings;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/** The editors' pages of the Expertenkreise: invite and remove experts per Handlungsfeld, and the results. */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/{id}")
class RatingAdminPages {

	private final ExpertRatings ratings;
	private final ParticipationProcesses processes;
	private final Tenants tenants;

	RatingAdminPages(ExpertRatings ratings, ParticipationProcesses processes, Tenants tenants) {
		this.ratings = ratings;
		this.processes = processes;
		this.tenants = tenants;
	}

	@GetMapping("/expertenkreise")
	String circles(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(id));
		model.addAttribute("circles", ratings.circles(id));
		return "participation/expert-circles";
	}

	@PostMapping("/expertenkreise/{fieldId}")
	String invite(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID fieldId, @RequestParam(required = false) String expert,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ratings.invite(id, fieldId, expert);
			redirect.addFlashAttribute("message", "Eingeladen: " + expert.strip());
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/" + id + "/expertenkreise#feld-" + fieldId;
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("errorField", fieldId);
			model.addAttribute("fieldError", invalid.fieldErrors().values().iterator().next());
			model.addAttribute("entered", expert);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.PhaseClosed closed) {
			model.addAttribute("error", closed.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return circles(tenantSlug, id, model);
	}

	@PostMapping("/expertenkreise/{fieldId}/{accountId}/entfernen")
	String remove(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID fieldId, @PathVariable UUID accountId,
			RedirectAttributes redirect) {
		ratings.remove(id, fieldId, accountId);
		redirect.addFlashAttribute("message", "Die Einladung ist beendet; bisherige Bewertungen bleiben.");
		return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/" + id + "/expertenkreise#feld-" + fieldId;
	}

	@GetMapping("/bewertungen")
	String results(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(id));
		model.addAttribute("results", ratings.results(id));
		return "participation/rating-results";
	}

	@ExceptionHandler(ParticipationProblems.ProcessNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
