package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.YearlyReport;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of the yearly reports of an edition: the list with "Entwurf anlegen", one report (a draft shows the
 * current data; commentary forms per section; freeze with a confirm step; release; PDF). Members read from
 * {@code CONTRIBUTOR}; the write handlers check {@code EDITOR} first, the service again.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/berichte")
class ReportPages {

	private final YearlyReports reports;
	private final ConceptEditions editions;

	ReportPages(YearlyReports reports, ConceptEditions editions) {
		this.reports = reports;
		this.editions = editions;
	}

	/** A commentary form: the section, its heading on the page and the text (as stored, or as sent back with an error). */
	record CommentForm(String section, String heading, String text) {
	}

	/** A refusal shown in the error summary; {@code field} is the id of the input it links to (may be null). */
	record Problem(String field, String message) {
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("reports", reports.list(editionId));
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		model.addAttribute("stateLabels", Map.of(YearlyReport.State.ENTWURF, "Entwurf", YearlyReport.State.EINGEFROREN, "eingefroren",
				YearlyReport.State.VEROEFFENTLICHT, "eingefroren und veröffentlicht"));
		model.addAttribute("suggestedYear", java.time.Year.now().getValue() - 1);
		return "monitoring/reports";
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestParam(required = false) String year, Model model,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Integer parsed = year == null || !year.strip().matches("[0-9]{4}") ? null : Integer.valueOf(year.strip());
		try {
			if (parsed == null) {
				throw new MonitoringProblems.Invalid(Map.of("year", "Bitte ein Jahr mit vier Ziffern eingeben, z. B. 2025."));
			}
			reports.create(editionId, parsed);
			return "redirect:" + base(tenantSlug, editionId) + "/" + parsed;
		}
		catch (ProblemException problem) {
			refused(problem, "year", model, response);
			model.addAttribute("enteredYear", year);
			return list(tenantSlug, editionId, model);
		}
	}

	@GetMapping("/{year}")
	String report(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, Model model) {
		Edition edition = editions.get(editionId);
		YearlyReport report = reports.get(editionId, year);
		boolean draft = report.state() == YearlyReport.State.ENTWURF;
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("report", report);
		model.addAttribute("draft", draft);
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		model.addAttribute("html", reports.html(editionId, year));
		model.addAttribute("maxComment", YearlyReports.MAX_COMMENT);
		model.addAttribute("frozenAt", report.frozenAt() == null ? null : ReportViews.dateTime(report.frozenAt()));
		model.addAttribute("releasedAt", report.releasedAt() == null ? null : ReportViews.dateTime(report.releasedAt()));
		if (!model.containsAttribute("comments")) {
			model.addAttribute("comments", commentForms(edition, report, null, null));
		}
		return "monitoring/report";
	}

	@PostMapping("/{year}/kommentar")
	String comment(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, @RequestParam String section,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			reports.comment(editionId, year, section, text);
			redirect.addFlashAttribute("message", "Der Kommentar ist gespeichert.");
			return "redirect:" + base(tenantSlug, editionId) + "/" + year + "#kommentar-" + section;
		}
		catch (ProblemException problem) {
			refused(problem, "kommentar-" + section, model, response);
			model.addAttribute("comments", commentForms(editions.get(editionId), reports.get(editionId, year), section, text));
			return report(tenantSlug, editionId, year, model);
		}
	}

	/** The confirm step before freezing: freezing cannot be undone. */
	@GetMapping("/{year}/einfrieren")
	String confirmFreeze(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("report", reports.get(editionId, year));
		return "monitoring/report-freeze";
	}

	@PostMapping("/{year}/einfrieren")
	String freeze(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(tenantSlug, editionId, year, model, redirect, response, () -> reports.freeze(editionId, year),
				"Der Bericht ist eingefroren: Inhalt und PDF sind gespeichert und ändern sich nicht mehr.");
	}

	@PostMapping("/{year}/veroeffentlichen")
	String release(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(tenantSlug, editionId, year, model, redirect, response, () -> reports.release(editionId, year),
				"Der Bericht ist auf der öffentlichen Seite veröffentlicht.");
	}

	@GetMapping("/{year}/bericht.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable int year) {
		return YearlyReportApi.pdfResponse(reports.pdf(editionId, year), "sachstandsbericht-" + tenantSlug + "-" + year + ".pdf");
	}

	@ExceptionHandler({ MonitoringProblems.ReportNotFound.class, EditionProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String change(String tenantSlug, EditionId editionId, int year, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Runnable change, String message) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
			return "redirect:" + base(tenantSlug, editionId) + "/" + year;
		}
		catch (ProblemException problem) {
			refused(problem, null, model, response);
			return report(tenantSlug, editionId, year, model);
		}
	}

	private static void refused(ProblemException problem, String field, Model model, HttpServletResponse response) {
		List<Problem> problems = new ArrayList<>();
		if (problem instanceof MonitoringProblems.Invalid invalid) {
			invalid.fieldErrors().values().forEach(message -> problems.add(new Problem(field, message)));
		}
		else {
			problems.add(new Problem(field, problem.getMessage()));
		}
		model.addAttribute("problems", problems);
		response.setStatus(problem.status().value());
	}

	/** One form for the summary and one per Handlungsfeld; {@code section}'s text is replaced by what was sent. */
	private static List<CommentForm> commentForms(Edition edition, YearlyReport report, String section, String sent) {
		List<CommentForm> forms = new ArrayList<>();
		forms.add(form(YearlyReports.SUMMARY, "Zusammenfassung", report, section, sent));
		edition.fields().forEach(field -> forms.add(form(field.id().toString(), "Handlungsfeld: " + field.name().german(), report, section, sent)));
		return forms;
	}

	private static CommentForm form(String id, String heading, YearlyReport report, String section, String sent) {
		return new CommentForm(id, heading, id.equals(section) ? sent : report.comments().getOrDefault(id, ""));
	}

	private static String base(String tenantSlug, EditionId editionId) {
		return "/" + tenantSlug + "/verwaltung/monitoring/" + editionId.value() + "/berichte";
	}
}
