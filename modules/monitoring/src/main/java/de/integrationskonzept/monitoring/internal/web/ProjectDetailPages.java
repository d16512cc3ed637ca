package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of one funded project: details, reported outputs, the evaluation of each claimed
 * goal with its history, and for editors the forms to create and change a project, report an output
 * and evaluate a goal (no JavaScript). Members read (from {@code CONTRIBUTOR}); the service checks
 * every write again and refuses bad input as a whole, so a refused form stores nothing.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/projekte")
class ProjectDetailPages {

	private final FundedProjects projects;
	private final ConceptEditions editions;
	private final Actors actors;

	ProjectDetailPages(FundedProjects projects, ConceptEditions editions, Actors actors) {
		this.projects = projects;
		this.editions = editions;
		this.actors = actors;
	}

	/** A goal the form offers, with its field so that equally named goals stay apart. */
	record GoalOption(UUID id, String label) {
	}

	/** An evaluation as the page shows it. */
	record EvaluationRow(String goal, String rating, String text, String date, boolean current) {
	}

	/** An output as the page shows it. */
	record OutputRow(int year, String text, String value) {
	}

	@GetMapping("/neu")
	String newProject(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new ProjectForm());
		}
		formOptions(tenantSlug, editions.get(editionId), model);
		model.addAttribute("project", null);
		return "monitoring/project-form";
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @ModelAttribute("projectForm") ProjectForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		FundedProjects.Details details = details(form, errors);
		if (!errors.hasErrors()) {
			try {
				FundedProject created = projects.create(editionId, details);
				redirect.addFlashAttribute("message", "Das Förderprojekt „" + created.title() + "“ ist angelegt.");
				return "redirect:" + base(tenantSlug, editionId) + "/" + created.id();
			}
			catch (MonitoringProblems.Invalid invalid) {
				rejectProject(invalid, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		formOptions(tenantSlug, editions.get(editionId), model);
		model.addAttribute("project", null);
		return "monitoring/project-form";
	}

	@GetMapping("/{projectId}")
	String project(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId, Model model) {
		FundedProject project = projects.get(editionId, projectId);
		Edition edition = editions.get(editionId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("project", project);
		model.addAttribute("scale", ProjectPages.SCALE);
		model.addAttribute("amount", ProjectPages.euros(project.amount()));
		model.addAttribute("period", GermanDates.format(project.startsOn()) + " – " + GermanDates.format(project.endsOn()));
		List<GoalOption> claimed = goalOptions(edition).stream().filter(goal -> project.goalIds().contains(goal.id())).toList();
		model.addAttribute("claimedGoals", claimed);
		model.addAttribute("outputs", project.outputs().stream()
			.map(output -> new OutputRow(output.year(), output.text(),
					output.value() == null ? "–" : MonitoringViews.withUnit(GermanNumbers.format(output.value()), output.unit())))
			.toList());
		model.addAttribute("evaluations", projects.evaluationHistory(editionId, projectId).reversed().stream()
			.map(ProjectDetailPages::evaluationRow).toList());
		boolean canWrite = AccessControl.hasTenantRole(TenantRole.EDITOR);
		model.addAttribute("canWrite", canWrite);
		if (canWrite) {
			if (!model.containsAttribute("projectForm")) {
				model.addAttribute("projectForm", formOf(project));
			}
			model.addAttribute("outputForm", model.containsAttribute("outputForm") ? model.getAttribute("outputForm") : new ProjectOutputForm());
			model.addAttribute("evaluationForm",
					model.containsAttribute("evaluationForm") ? model.getAttribute("evaluationForm") : new ProjectEvaluationForm());
			formOptions(tenantSlug, edition, model);
		}
		return "monitoring/project";
	}

	@PostMapping("/{projectId}")
	String update(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@ModelAttribute("projectForm") ProjectForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		FundedProjects.Details details = details(form, errors);
		if (!errors.hasErrors()) {
			try {
				projects.update(editionId, projectId, details);
				redirect.addFlashAttribute("message", "Die Angaben zum Projekt sind gespeichert.");
				return "redirect:" + base(tenantSlug, editionId) + "/" + projectId;
			}
			catch (MonitoringProblems.Invalid invalid) {
				rejectProject(invalid, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return project(tenantSlug, editionId, projectId, model);
	}

	@PostMapping("/{projectId}/ergebnisse")
	String addOutput(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@ModelAttribute("outputForm") ProjectOutputForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Integer year = FormInput.whole(form.getYear(), "year", "Bitte geben Sie das Jahr an, z. B. 2025.", errors);
		BigDecimal value = FormInput.number(form.getValue(), "value", "42", errors);
		if (!errors.hasErrors()) {
			try {
				projects.addOutput(editionId, projectId, year, form.getOutputText(), value, FormInput.blankToNull(form.getUnit()));
				redirect.addFlashAttribute("message", "Das Ergebnis für " + year + " ist gespeichert.");
				return "redirect:" + base(tenantSlug, editionId) + "/" + projectId + "#ergebnisse";
			}
			catch (MonitoringProblems.Invalid invalid) {
				invalid.fieldErrors().forEach((field, message) -> FormInput.reject(errors, "text".equals(field) ? "outputText" : field, message));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return project(tenantSlug, editionId, projectId, model);
	}

	@PostMapping("/{projectId}/bewertungen")
	String evaluate(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID projectId,
			@ModelAttribute("evaluationForm") ProjectEvaluationForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		UUID goalId = FormInput.id(form.getGoalId(), "goalId", "Bitte wählen Sie das Ziel, das Sie bewerten.", errors);
		Integer rating = FormInput.whole(form.getRating(), "rating", "Bitte wählen Sie eine Bewertung von 1 bis 5.", errors);
		if (!errors.hasErrors()) {
			try {
				FundedProject.Evaluation evaluation = projects.evaluate(editionId, projectId, goalId, rating, form.getText());
				redirect.addFlashAttribute("message", "Die Bewertung für „" + evaluation.goalName() + "“ ist gespeichert.");
				return "redirect:" + base(tenantSlug, editionId) + "/" + projectId + "#bewertungen";
			}
			catch (MonitoringProblems.Invalid invalid) {
				invalid.fieldErrors().forEach((field, message) -> FormInput.reject(errors, field, message));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return project(tenantSlug, editionId, projectId, model);
	}

	@ExceptionHandler({ MonitoringProblems.ProjectNotFound.class, EditionProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private void formOptions(String tenantSlug, Edition edition, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("actors", actors.list().stream().map(actor -> Map.entry(actor.id().toString(), actor.name())).toList());
		model.addAttribute("goals", goalOptions(edition));
	}

	/** Every goal and sub-goal of the edition, in the order of the concept, labelled with its field. */
	static List<GoalOption> goalOptions(Edition edition) {
		List<GoalOption> options = new ArrayList<>();
		for (Edition.Field field : edition.fields()) {
			field.goals().stream().flatMap(Edition.Goal::withSubGoals)
				.forEach(goal -> options.add(new GoalOption(goal.id(), field.name().german() + ": " + goal.title().german())));
		}
		return options;
	}

	private static ProjectForm formOf(FundedProject project) {
		ProjectForm form = new ProjectForm();
		form.setTitle(project.title());
		form.setCarrierActorId(project.carrierActorId() == null ? "" : project.carrierActorId().toString());
		form.setAmount(GermanNumbers.format(project.amount()));
		form.setStartsOn(project.startsOn().toString());
		form.setEndsOn(project.endsOn().toString());
		form.setGoalIds(new ArrayList<>(project.goalIds().stream().map(UUID::toString).toList()));
		form.setDescription(project.description());
		return form;
	}

	/** The details the form describes; what cannot be read is put next to its field (the service finds the rest). */
	private static FundedProjects.Details details(ProjectForm form, BindingResult errors) {
		UUID carrier = form.getCarrierActorId() == null || form.getCarrierActorId().isBlank() ? null
				: FormInput.id(form.getCarrierActorId(), "carrierActorId", "Bitte wählen Sie den Träger aus der Liste.", errors);
		BigDecimal amount = FormInput.number(form.getAmount(), "amount", "12.500 oder 12.500,50", errors);
		LocalDate startsOn = FormInput.date(form.getStartsOn(), "startsOn", errors);
		LocalDate endsOn = FormInput.date(form.getEndsOn(), "endsOn", errors);
		List<UUID> goals = new ArrayList<>();
		for (String goal : form.getGoalIds()) {
			UUID id = FormInput.id(goal, "goalIds", "Bitte wählen Sie die Ziele aus der Liste.", errors);
			if (id != null) {
				goals.add(id);
			}
		}
		return new FundedProjects.Details(form.getTitle(), carrier, amount, startsOn, endsOn, goals, FormInput.blankToNull(form.getDescription()));
	}

	private static void rejectProject(MonitoringProblems.Invalid invalid, BindingResult errors) {
		// The service names the period as a whole; the form has its start field for it.
		invalid.fieldErrors().forEach((field, message) -> FormInput.reject(errors, "period".equals(field) ? "startsOn" : field, message));
	}

	private static EvaluationRow evaluationRow(FundedProject.Evaluation evaluation) {
		return new EvaluationRow(evaluation.goalName(), evaluation.rating() + " von 5 (" + ProjectPages.SCALE.get(evaluation.rating() - 1) + ")",
				evaluation.text(), GermanDates.format(evaluation.evaluatedAt()), evaluation.current());
	}

	private static String base(String slug, EditionId editionId) {
		return "/" + slug + "/verwaltung/monitoring/" + editionId + "/projekte";
	}






}
