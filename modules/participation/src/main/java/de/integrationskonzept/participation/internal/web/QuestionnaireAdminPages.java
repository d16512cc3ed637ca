package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' pages of the Fragebögen: list, create (common cases; complex ones through the JSON
 * import of the REST API), results with free texts, publishing the results, CSV download.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/frageboegen")
class QuestionnaireAdminPages {

	private final Questionnaires questionnaires;
	private final ParticipationProcesses processes;
	private final Tenants tenants;

	QuestionnaireAdminPages(Questionnaires questionnaires, ParticipationProcesses processes, Tenants tenants) {
		this.questionnaires = questionnaires;
		this.processes = processes;
		this.tenants = tenants;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("questionnaireForm", QuestionnaireForm.empty());
		return page(tenantSlug, model);
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @ModelAttribute("questionnaireForm") QuestionnaireForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Questionnaire created = questionnaires.create(form.toNewQuestionnaire());
			redirect.addFlashAttribute("message", "Der Fragebogen „" + created.title() + "“ wurde angelegt.");
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/frageboegen/" + created.id();
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(tenantSlug, model);
		}
		catch (ParticipationProblems.ProcessNotFound notFound) {
			errors.rejectValue("processId", "participation.invalid", "Bitte wählen Sie ein Beteiligungsverfahren dieser Kommune.");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(tenantSlug, model);
		}
	}

	@GetMapping("/{id}")
	String results(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Questionnaire questionnaire = questionnaires.get(id);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("process", processes.get(questionnaire.processId()));
		model.addAttribute("results", questionnaires.results(id));
		model.addAttribute("charts", new Charts());
		model.addAttribute("closed", questionnaire.isClosedOn(ParticipationProcess.today()));
		return "participation/questionnaire-admin";
	}

	@PostMapping("/{id}/ergebnisse-oeffentlich")
	String publishResults(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean resultsPublic,
			RedirectAttributes redirect) {
		questionnaires.publishResults(id, resultsPublic);
		redirect.addFlashAttribute("message", resultsPublic ? "Die Ergebnisse werden nach dem Schluss des Fragebogens öffentlich gezeigt."
				: "Die Ergebnisse bleiben der Redaktion vorbehalten.");
		return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/frageboegen/" + id;
	}

	@GetMapping("/{id}/antworten.csv")
	ResponseEntity<byte[]> csv(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return QuestionnaireApi.csvResponse(questionnaires.responsesCsv(id), id);
	}

	@ExceptionHandler(ParticipationProblems.QuestionnaireNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String page(String tenantSlug, Model model) {
		// Staff only; the service checks again when creating.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("questionnaires", questionnaires.list());
		model.addAttribute("processes", processes.list());
		model.addAttribute("modes", Questionnaire.Mode.values());
		model.addAttribute("kinds", Questionnaire.Kind.values());
		return "participation/questionnaires-admin";
	}
}
