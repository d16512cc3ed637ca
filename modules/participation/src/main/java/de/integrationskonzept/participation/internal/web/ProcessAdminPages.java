package de.integrationskonzept.participation.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' page of the Beteiligungsverfahren: list and create with phases.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung")
class ProcessAdminPages {

	private final ParticipationProcesses processes;
	private final ConceptEditions editions;

	ProcessAdminPages(ParticipationProcesses processes, ConceptEditions editions) {
		this.processes = processes;
		this.editions = editions;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("processForm", ProcessForm.empty());
		return page(tenantSlug, model);
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @ModelAttribute("processForm") ProcessForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ParticipationProcess created = processes.create(form.toNewProcess());
			redirect.addFlashAttribute("message", "Das Beteiligungsverfahren „" + created.title() + "“ wurde angelegt.");
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung";
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(tenantSlug, model);
		}
	}

	private String page(String tenantSlug, Model model) {
		// Staff only; the service checks again when creating.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("today", ParticipationProcess.today());
		model.addAttribute("processes", processes.list());
		model.addAttribute("editions", editions.list());
		model.addAttribute("kinds", PhaseKind.values());
		return "participation/admin";
	}
}
