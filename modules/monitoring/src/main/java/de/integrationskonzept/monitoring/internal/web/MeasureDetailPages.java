package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
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
 * The staff page of one measure: its progress, the history of changes, the milestones as a
 * timeline, and for editors the forms to change the progress, add milestones and mark them done
 * (no JavaScript). Members read (from {@code CONTRIBUTOR}); the service checks every write again.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/massnahmen/{measureId}")
class MeasureDetailPages {

	private final MeasureProgresses progresses;
	private final ConceptEditions editions;

	MeasureDetailPages(MeasureProgresses progresses, ConceptEditions editions) {
		this.progresses = progresses;
		this.editions = editions;
	}

	/** A milestone on the timeline; {@code state} in words (erledigt am …, überfällig seit …, offen bis …). */
	record TimelineEntry(UUID id, String title, String date, String state, boolean done, boolean overdue, String dueOn) {
	}

	/** A recorded state, texts prepared in German. */
	record HistoryRow(String changedAt, String status, String percent, String weight, String note, String via, boolean current) {
	}

	@GetMapping
	String measure(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId, Model model) {
		MeasureProgress measure = find(editionId, measureId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("measure", measure);
		model.addAttribute("row", MeasurePages.row(measure));
		model.addAttribute("timeline", timeline(measure.milestones(), GermanDates.today()));
		model.addAttribute("history", progresses.history(editionId, measureId).reversed().stream().map(MeasureDetailPages::historyRow).toList());
		model.addAttribute("statuses", Arrays.stream(MeasureStatus.values()).map(s -> Map.entry(s.name(), MeasurePages.label(s))).toList());
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		if (!model.containsAttribute("measureForm")) {
			MeasureForm form = new MeasureForm();
			form.setStatus(measure.status().name());
			form.setPercent(measure.percentOverridden() ? String.valueOf(measure.percent()) : "");
			form.setWeight(GermanNumbers.format(measure.weight()));
			form.setNote(measure.note());
			model.addAttribute("measureForm", form);
		}
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm());
		}
		return "monitoring/measure";
	}

	@PostMapping
	String update(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// Checked first, so a member without the right sees the refusal rather than form errors.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		MeasureStatus status = status(form.getStatus(), errors);
		Integer percent = percent(form.getPercent(), errors);
		BigDecimal weight = FormInput.number(form.getWeight(), "weight", "2 oder 1,5", errors);
		if (!errors.hasErrors()) {
			try {
				progresses.update(editionId, measureId, new MeasureProgresses.Update(status, percent, weight, FormInput.blankToNull(form.getNote()), "FORM"));
				redirect.addFlashAttribute("message", "Der Fortschritt der Maßnahme ist gespeichert.");
				return "redirect:" + base(tenantSlug, editionId, measureId);
			}
			catch (MonitoringProblems.Invalid invalid) {
				invalid.fieldErrors().forEach((field, message) -> FormInput.reject(errors, field, message));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return measure(tenantSlug, editionId, measureId, model);
	}

	@PostMapping("/meilensteine")
	String addMilestone(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		LocalDate dueOn = FormInput.date(form.getDueOn(), "dueOn", errors);
		LocalDate doneOn = FormInput.date(form.getDoneOn(), "doneOn", errors);
		if (!errors.hasErrors()) {
			try {
				MeasureProgress.Milestone added = progresses.addMilestone(editionId, measureId, form.getTitle(), dueOn, doneOn);
				redirect.addFlashAttribute("message", "Der Meilenstein „" + added.title() + "“ ist angelegt.");
				return "redirect:" + base(tenantSlug, editionId, measureId) + "#meilensteine";
			}
			catch (MonitoringProblems.Invalid invalid) {
				invalid.fieldErrors().forEach((field, message) -> FormInput.reject(errors, field, message));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return measure(tenantSlug, editionId, measureId, model);
	}

	/** Marks a milestone done today, or (with {@code offen}) open again. */
	@PostMapping("/meilensteine/{milestoneId}")
	String markMilestone(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID measureId,
			@PathVariable UUID milestoneId, @RequestParam(defaultValue = "erledigt") String stand, RedirectAttributes redirect) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		MeasureProgress.Milestone milestone = find(editionId, measureId).milestones().stream().filter(m -> m.id().equals(milestoneId))
			.findFirst().orElseThrow(() -> new MonitoringProblems.MeasureNotFound(measureId));
		boolean reopen = "offen".equals(stand);
		progresses.updateMilestone(editionId, measureId, milestoneId, milestone.title(), milestone.dueOn(), reopen ? null : GermanDates.today());
		redirect.addFlashAttribute("message", "Der Meilenstein „" + milestone.title() + "“ ist " + (reopen ? "wieder offen." : "erledigt."));
		return "redirect:" + base(tenantSlug, editionId, measureId) + "#meilensteine";
	}

	@ExceptionHandler({ MonitoringProblems.MeasureNotFound.class, EditionProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** The milestones in timeline order (done date, else due date), each with its state relative to {@code today}. */
	static List<TimelineEntry> timeline(List<MeasureProgress.Milestone> milestones, LocalDate today) {
		return milestones.stream()
			.sorted(Comparator.comparing((MeasureProgress.Milestone m) -> m.doneOn() != null ? m.doneOn() : m.dueOn()))
			.map(m -> {
				boolean done = m.doneOn() != null;
				boolean overdue = !done && m.dueOn().isBefore(today);
				String state = done ? "erledigt am " + GermanDates.format(m.doneOn())
						: overdue ? "überfällig seit " + GermanDates.format(m.dueOn()) : "offen bis " + GermanDates.format(m.dueOn());
				return new TimelineEntry(m.id(), m.title(), (done ? m.doneOn() : m.dueOn()).toString(), state, done, overdue,
						GermanDates.format(m.dueOn()));
			})
			.toList();
	}

	private MeasureProgress find(EditionId editionId, UUID measureId) {
		return progresses.overview(editionId).measures().stream().filter(m -> m.measureId().equals(measureId)).findFirst()
			.orElseThrow(() -> new MonitoringProblems.MeasureNotFound(measureId));
	}

	private static HistoryRow historyRow(MeasureProgress.Change change) {
		return new HistoryRow(GermanDates.format(change.changedAt()), MeasurePages.label(change.status()),
				change.percent() + " %" + (change.percentOverridden() ? " (von Hand gesetzt)" : ""),
				change.weight() == null ? "1 (Standard)" : GermanNumbers.format(change.weight()), change.note() == null ? "" : change.note(),
				via(change.changedVia()), change.current());
	}

	private static String via(String via) {
		return switch (via) {
			case "FORM" -> "Formular";
			case "BULK" -> "Sammeländerung";
			case "API" -> "Schnittstelle";
			case "IMPORT" -> "Datei-Import";
			default -> via;
		};
	}

	private static String base(String slug, EditionId editionId, UUID measureId) {
		return "/" + slug + "/verwaltung/monitoring/" + editionId + "/massnahmen/" + measureId;
	}

	private static MeasureStatus status(String text, BindingResult errors) {
		try {
			return MeasureStatus.valueOf(text == null ? "" : text);
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("status", "monitoring.invalid", "Bitte wählen Sie einen Status.");
			return null;
		}
	}

	private static Integer percent(String text, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace("%", "").strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue("percent", "monitoring.invalid", "Bitte geben Sie den Fortschritt als ganze Zahl von 0 bis 100 an.");
			return null;
		}
	}




}
