package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.MeasureProgresses;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff page of the measures of an edition: per Handlungsfeld the measures with status and
 * percent, the roll-ups per goal and field, and for editors the bulk status change (no JavaScript:
 * checkboxes and a select). Members read (from {@code CONTRIBUTOR}), editors write; the service checks.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/massnahmen")
class MeasurePages {

	private final MeasureProgresses progresses;
	private final ConceptEditions editions;

	MeasurePages(MeasureProgresses progresses, ConceptEditions editions) {
		this.progresses = progresses;
		this.editions = editions;
	}

	/** A table of the page: a Handlungsfeld (or the measures serving no goal) and its measures. */
	record Section(String name, List<Row> measures) {
	}

	/** A measure as the page shows it: texts prepared in German. */
	record Row(UUID id, String title, String status, int percent, String percentText, String weight, String note, String nextMilestone) {
	}

	/** A roll-up as the page shows it; {@code bar} is null without measures (no bar then, only the text). */
	record RollupRow(String name, String fieldName, String percentText, Integer bar, int measures) {
	}

	@GetMapping
	String measures(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		MeasureProgress.Overview overview = progresses.overview(editionId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("goals", overview.goals().stream().map(MeasurePages::rollup).toList());
		model.addAttribute("fields", overview.fields().stream().map(MeasurePages::rollup).toList());
		model.addAttribute("sections", sections(overview));
		model.addAttribute("statuses", java.util.Arrays.stream(MeasureStatus.values()).map(s -> Map.entry(s.name(), label(s))).toList());
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/measures";
	}

	@PostMapping("/status")
	String changeStatus(@PathVariable String tenantSlug, @PathVariable EditionId editionId,
			@RequestParam(name = "massnahme", required = false) List<UUID> measureIds, @RequestParam(required = false) MeasureStatus status,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// Checked first, so a member without the right sees the refusal rather than form errors.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			List<MeasureProgress> changed = progresses.changeStatus(editionId, measureIds == null ? List.of() : measureIds, status, "BULK");
			redirect.addFlashAttribute("message", changed.size() + (changed.size() == 1 ? " Maßnahme hat" : " Maßnahmen haben")
					+ " jetzt den Status „" + label(status) + "“.");
			return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId + "/massnahmen";
		}
		catch (MonitoringProblems.Invalid invalid) {
			model.addAttribute("errors", new ArrayList<>(invalid.fieldErrors().values()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return measures(tenantSlug, editionId, model);
		}
	}

	@ExceptionHandler({ MonitoringProblems.MeasureNotFound.class, EditionProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** One table per field (a measure serving goals of two fields appears in both), then the measures serving no goal. */
	static List<Section> sections(MeasureProgress.Overview overview) {
		List<Section> sections = new ArrayList<>();
		overview.fields().forEach(field -> sections.add(new Section(field.name(),
				overview.measures().stream().filter(measure -> measure.fieldNames().contains(field.name())).map(MeasurePages::row).toList())));
		List<Row> unassigned = overview.measures().stream().filter(measure -> measure.fieldNames().isEmpty()).map(MeasurePages::row).toList();
		if (!unassigned.isEmpty()) {
			sections.add(new Section("Ohne Zuordnung zu einem Ziel", unassigned));
		}
		return sections.stream().filter(section -> !section.measures().isEmpty()).toList();
	}

	static Row row(MeasureProgress measure) {
		String next = measure.milestones().stream().filter(milestone -> milestone.doneOn() == null).findFirst()
			.map(milestone -> milestone.title() + " (bis " + GermanDates.format(milestone.dueOn()) + ")").orElse("–");
		return new Row(measure.measureId(), measure.title(), label(measure.status()), measure.percent(),
				measure.percent() + " %" + (measure.percentOverridden() ? " (von Hand gesetzt)" : ""),
				measure.weight() == null ? "1 (Standard)" : GermanNumbers.format(measure.weight()), measure.note() == null ? "" : measure.note(), next);
	}

	static RollupRow rollup(MeasureProgress.Rollup rollup) {
		return new RollupRow(rollup.name(), rollup.fieldName(), percent(rollup.percent()),
				rollup.percent() == null ? null : rollup.percent().setScale(0, java.math.RoundingMode.HALF_UP).intValue(), rollup.measures());
	}

	/** The German label of a status, as the page shows it. */
	static String label(MeasureStatus status) {
		return status == null ? "–" : switch (status) {
			case GEPLANT -> "geplant";
			case LAUFEND -> "laufend";
			case ABGESCHLOSSEN -> "abgeschlossen";
			case AUSGESETZT -> "ausgesetzt";
		};
	}

	/** A roll-up percent as German text ("62,5 %"), or a dash without measures. */
	static String percent(BigDecimal percent) {
		return percent == null ? "–" : GermanNumbers.format(percent) + " %";
	}

}
