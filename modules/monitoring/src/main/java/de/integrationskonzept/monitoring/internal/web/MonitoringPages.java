package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of monitoring: the editions, per edition the indicators by Handlungsfeld with
 * status and trend, and per indicator its chart, table, history and the forms to enter a value
 * and a yearly target. Members read (from {@code CONTRIBUTOR}), editors write; the services check.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring")
class MonitoringPages {

	private final Measurements measurements;
	private final ConceptEditions editions;
	private final PublishedMonitoring published;

	MonitoringPages(Measurements measurements, ConceptEditions editions, PublishedMonitoring published) {
		this.measurements = measurements;
		this.editions = editions;
		this.published = published;
	}

	@GetMapping
	String editions(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("editions", editions.list());
		return "monitoring/editions";
	}

	@GetMapping("/{editionId}")
	String edition(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		List<IndicatorProgress> progress = measurements.progress(editionId);
		model.addAttribute("slug", tenantSlug);
		var edition = editions.get(editionId);
		model.addAttribute("edition", edition);
		var release = published.released(editionId).orElse(null);
		model.addAttribute("release", release);
		model.addAttribute("releasedAt", release == null ? null : GermanDates.format(release.releasedAt()));
		model.addAttribute("now", GermanDates.format(java.time.Instant.now()));
		model.addAttribute("publishable", edition.status().isPublished());
		model.addAttribute("counts", MonitoringViews.counts(progress));
		model.addAttribute("sections", MonitoringViews.sections(progress));
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		return "monitoring/edition";
	}

	/** Releases the values as they stand now to the public site (replacing an earlier release). */
	@PostMapping("/{editionId}/veroeffentlichung")
	String release(@PathVariable String tenantSlug, @PathVariable EditionId editionId, RedirectAttributes redirect) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		var release = published.release(editionId);
		redirect.addFlashAttribute("message", "Die Werte sind veröffentlicht (Stand " + GermanDates.format(release.releasedAt()) + ").");
		return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId;
	}

	@PostMapping("/{editionId}/veroeffentlichung/zurueckziehen")
	String withdraw(@PathVariable String tenantSlug, @PathVariable EditionId editionId, RedirectAttributes redirect) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		redirect.addFlashAttribute("message", published.withdraw(editionId)
				? "Die Werte werden nicht mehr veröffentlicht." : "Die Werte waren nicht veröffentlicht.");
		return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId;
	}

	@GetMapping("/{editionId}/indikatoren/{indicatorId}")
	String indicator(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId, Model model) {
		IndicatorProgress progress = measurements.progress(editionId).stream().filter(p -> p.indicatorId().equals(indicatorId)).findFirst()
			.orElseThrow(() -> new MonitoringProblems.IndicatorNotFound(indicatorId));
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("indicator", progress);
		model.addAttribute("row", MonitoringViews.row(progress));
		model.addAttribute("direction", MonitoringViews.direction(progress.direction()));
		model.addAttribute("baseline", progress.baselineValue() == null ? null
				: MonitoringViews.withUnit(GermanNumbers.format(progress.baselineValue()), progress.unit()));
		model.addAttribute("goalValue", progress.targetValue() == null ? null
				: MonitoringViews.withUnit(GermanNumbers.format(progress.targetValue()), progress.unit()));
		model.addAttribute("chart", LineChart.svg("diagramm-" + indicatorId, "IST und SOLL: " + progress.name(), description(progress),
				progress.unit(), progress.series()));
		model.addAttribute("series", MonitoringViews.series(progress));
		model.addAttribute("history", MonitoringViews.history(measurements.history(editionId, indicatorId)));
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", new MeasurementForm());
		}
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm());
		}
		return "monitoring/indicator";
	}

	@PostMapping("/{editionId}/indikatoren/{indicatorId}/werte")
	String record(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId,
			@ModelAttribute("measurementForm") MeasurementForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// Checked first, so a member without the right sees the refusal rather than form errors.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		BigDecimal value = FormInput.number(form.getValue(), "value", "74,5", errors);
		LocalDate collectedOn = FormInput.date(form.getCollectedOn(), "collectedOn", errors);
		if (!errors.hasErrors()) {
			try {
				Measurement saved = measurements.record(editionId, new Measurements.NewMeasurement(indicatorId, form.getPeriod(), value,
						form.getSource(), collectedOn, form.getNote(), Measurement.EntryChannel.FORM));
				redirect.addFlashAttribute("message", "Der Wert für " + saved.period() + " ist gespeichert.");
				return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId + "/indikatoren/" + indicatorId + "#verlauf";
			}
			catch (MonitoringProblems.Invalid invalid) {
				addTo(invalid.fieldErrors(), Map.of(), errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return indicator(tenantSlug, editionId, indicatorId, model);
	}

	@PostMapping("/{editionId}/indikatoren/{indicatorId}/ziele")
	String target(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @PathVariable UUID indicatorId,
			@ModelAttribute("targetForm") TargetForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Integer year = year(form.getTargetYear(), errors);
		BigDecimal value = FormInput.number(form.getTargetValue(), "targetValue", "74,5", errors);
		if (!errors.hasErrors()) {
			try {
				measurements.setTarget(editionId, indicatorId, year, value);
				redirect.addFlashAttribute("message", value == null ? "Das SOLL für " + year + " ist entfernt; es gilt der gerade Pfad."
						: "Das SOLL für " + year + " ist gespeichert.");
				return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId + "/indikatoren/" + indicatorId + "#tabelle";
			}
			catch (MonitoringProblems.Invalid invalid) {
				addTo(invalid.fieldErrors(), Map.of("year", "targetYear", "value", "targetValue"), errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return indicator(tenantSlug, editionId, indicatorId, model);
	}

	@ExceptionHandler({ MonitoringProblems.IndicatorNotFound.class, EditionProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	static String description(IndicatorProgress progress) {
		return "Liniendiagramm der IST-Werte (durchgezogene Linie) und des SOLL-Pfads (gestrichelt) je Zeitraum"
				+ (progress.unit() == null ? "" : " in " + progress.unit()) + ". Dieselben Zahlen stehen in der Tabelle unter dem Diagramm.";
	}



	private static Integer year(String text, BindingResult errors) {
		try {
			return Integer.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue("targetYear", "monitoring.invalid", "Bitte geben Sie ein Jahr an, z. B. 2025.");
			return null;
		}
	}

	/** Puts the service's refusals next to the form fields (renamed where the form names them differently). */
	private static void addTo(Map<String, String> problems, Map<String, String> names, BindingResult errors) {
		problems.forEach((field, message) -> {
			String name = names.getOrDefault(field, field);
			if (errors.getFieldType(name) == null) {
				errors.reject("monitoring.invalid", message);
			}
			else {
				errors.rejectValue(name, "monitoring.invalid", message);
			}
		});
	}
}
