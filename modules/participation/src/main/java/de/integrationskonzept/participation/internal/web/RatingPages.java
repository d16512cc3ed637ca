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
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The experts' page: the goals of their Handlungsfelder, one form per goal with two radio groups
 * (Relevanz, Umsetzbarkeit 1–5) and a comment; works without JavaScript.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/{id}/bewertung")
class RatingPages {

	private final ExpertRatings ratings;
	private final ParticipationProcesses processes;
	private final Tenants tenants;

	RatingPages(ExpertRatings ratings, ParticipationProcesses processes, Tenants tenants) {
		this.ratings = ratings;
		this.processes = processes;
		this.tenants = tenants;
	}

	@GetMapping
	String page(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		ParticipationProcess process = processes.get(id);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", process);
		model.addAttribute("ratingPhase", process.currentPhase(ParticipationProcess.today())
			.filter(phase -> phase.kind() == PhaseKind.EXPERTENBEWERTUNG).orElse(null));
		model.addAttribute("fields", ratings.mine(id));
		model.addAttribute("scores", new int[] { 1, 2, 3, 4, 5 });
		return "participation/rating";
	}

	@PostMapping("/{goalId}")
	String rate(@PathVariable String tenantSlug, @PathVariable UUID id, @PathVariable UUID goalId,
			@RequestParam(required = false) Integer relevance, @RequestParam(required = false) Integer feasibility,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ratings.rate(id, goalId, new ExpertRatings.NewRating(relevance, feasibility, comment));
			redirect.addFlashAttribute("message", "Ihre Bewertung ist gespeichert. Sie können sie bis zum Ende der Expertenbewertung ändern.");
			return "redirect:/" + tenantSlug + "/beteiligung/" + id + "/bewertung#ziel-" + goalId;
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("errorGoal", goalId);
			model.addAttribute("errors", invalid.fieldErrors());
			model.addAttribute("entered", new ExpertRatings.Rating(goalId, relevance == null ? 0 : relevance, feasibility == null ? 0 : feasibility,
					comment));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.PhaseClosed closed) {
			model.addAttribute("error", closed.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(tenantSlug, id, model);
	}

	/** A process of another tenant is as absent as one that never existed. */
	@ExceptionHandler(ParticipationProblems.ProcessNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
