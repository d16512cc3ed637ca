package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages of the Beteiligung: open processes, one process with its phases and ideas,
 * and the idea form for signed-in citizens while the Ideensammlung runs.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung")
class ParticipationPages {

	private final ParticipationProcesses processes;
	private final Ideas ideas;
	private final Tenants tenants;
	private final ProcessPage processPage;

	ParticipationPages(ParticipationProcesses processes, Ideas ideas, Tenants tenants, ProcessPage processPage) {
		this.processes = processes;
		this.ideas = ideas;
		this.tenants = tenants;
		this.processPage = processPage;
	}

	@GetMapping
	String open(@PathVariable String tenantSlug, Model model) {
		LocalDate today = ParticipationProcess.today();
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("today", today);
		model.addAttribute("processes", processes.list().stream().filter(process -> process.isOpenOn(today)).toList());
		return "participation/processes";
	}

	/** The signed-in person's ideas and what became of them (sign-in required: the service refuses anonymous callers). */
	@GetMapping("/meine-beitraege")
	String mine(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("zone", ParticipationProcess.ZONE);
		model.addAttribute("ideas", ideas.mine());
		model.addAttribute("processes", processes.list().stream()
			.collect(java.util.stream.Collectors.toMap(ParticipationProcess::id, ParticipationProcess::title)));
		return "participation/mine";
	}

	/** The process page; {@code seite} is the page of ideas, newest first. */
	@GetMapping("/{id}")
	String process(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam(name = "seite", defaultValue = "1") int ideaPage,
			Model model) {
		model.addAttribute("ideaForm", new IdeaForm());
		return processPage.render(id, ideaPage, model);
	}

	@PostMapping("/{id}/ideen")
	String submit(@PathVariable String tenantSlug, @PathVariable UUID id, @ModelAttribute("ideaForm") IdeaForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ideas.submit(id, form.toNewIdea());
			redirect.addFlashAttribute("message", "Vielen Dank! Ihre Idee ist eingegangen.");
			return "redirect:/" + tenantSlug + "/beteiligung/" + id;
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.ConsentOutdated outdated) {
			// The form shows the new text; the citizen reads it and agrees again.
			errors.rejectValue("consent", "participation.consentOutdated", outdated.getMessage());
			form.setConsent(false);
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		catch (ParticipationProblems.PhaseClosed | ParticipationProblems.TooMany refused) {
			// Outside the Ideensammlung the form is not shown, so the refusal stands above the page content.
			model.addAttribute("error", refused.getMessage());
			response.setStatus(refused.status().value());
		}
		return page(id, model);
	}

	/** A process of another tenant is as absent as one that never existed: the platform's 404 page. */
	@ExceptionHandler(ParticipationProblems.ProcessNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String page(UUID id, Model model) {
		return processPage.render(id, model);
	}
}
