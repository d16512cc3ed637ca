package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff page of the funded projects of an edition: per Handlungsfeld the projects claiming one of its
 * goals, with carrier, amount, period and the current evaluation of each of those goals, each linked to its
 * own page ({@link ProjectDetailPages}, where editors change it); members read from {@code CONTRIBUTOR}, the service checks.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/projekte")
class ProjectPages {

	static final List<String> SCALE = List.of("kein Beitrag", "geringer Beitrag", "spürbarer Beitrag", "deutlicher Beitrag",
			"Ziel wesentlich vorangebracht");

	private final FundedProjects projects;
	private final ConceptEditions editions;

	ProjectPages(FundedProjects projects, ConceptEditions editions) {
		this.projects = projects;
		this.editions = editions;
	}

	/** A Handlungsfeld and the projects claiming one of its goals. */
	record Section(String name, List<Row> projects) {
	}

	/** A project as the page shows it, with the evaluations of the field's goals. */
	record Row(UUID id, String title, String carrier, String amount, String period, List<String> goals, List<Rating> evaluations) {
	}

	/** An evaluation as text, e.g. "4 von 5 (deutlicher Beitrag)". */
	record Rating(String goal, String rating, String text, String date) {
	}

	@GetMapping
	String projects(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		List<FundedProject> all = projects.list(editionId);
		Edition edition = editions.get(editionId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("scale", SCALE);
		model.addAttribute("sections", sections(edition, all));
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		return "monitoring/projects";
	}

	@ExceptionHandler(EditionProblems.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** One section per field with projects; a project claiming goals of two fields appears in both. */
	static List<Section> sections(Edition edition, List<FundedProject> projects) {
		List<Section> sections = new ArrayList<>();
		for (Edition.Field field : edition.fields()) {
			List<Edition.Goal> goals = field.goals().stream().flatMap(Edition.Goal::withSubGoals).toList();
			Set<UUID> ids = goals.stream().map(Edition.Goal::id).collect(Collectors.toSet());
			List<Row> rows = projects.stream().filter(project -> project.goalIds().stream().anyMatch(ids::contains))
				.map(project -> row(project, goals, ids)).toList();
			if (!rows.isEmpty()) {
				sections.add(new Section(field.name().german(), rows));
			}
		}
		return sections;
	}

	private static Row row(FundedProject project, List<Edition.Goal> goals, Set<UUID> ids) {
		List<String> claimed = goals.stream().filter(goal -> project.goalIds().contains(goal.id())).map(goal -> goal.title().german()).toList();
		List<Rating> ratings = project.evaluations().stream().filter(evaluation -> ids.contains(evaluation.goalId()))
			.map(evaluation -> new Rating(evaluation.goalName(), evaluation.rating() + " von 5 (" + SCALE.get(evaluation.rating() - 1) + ")",
					evaluation.text(), GermanDates.format(evaluation.evaluatedAt().atZone(GermanDates.BERLIN).toLocalDate())))
			.toList();
		return new Row(project.id(), project.title(), project.carrierName() == null ? "(Akteur gelöscht)" : project.carrierName(), euros(project.amount()),
				GermanDates.format(project.startsOn()) + " – " + GermanDates.format(project.endsOn()), claimed, ratings);
	}

	static String euros(BigDecimal amount) {
		return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
	}
}
