package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.CollectionRounds;
import de.integrationskonzept.monitoring.CollectionRounds.Cadence;
import de.integrationskonzept.monitoring.CollectionRounds.State;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff page of an edition's collection rounds: completeness per Handlungsfeld and office, the
 * overdue, due and done periods, the settings per indicator and, for editors, the form to change them.
 * Members read (from {@code CONTRIBUTOR}), editors write; the service checks.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/erhebung")
class CollectionPages {

	/** The service's field names → the form's. */
	private static final Map<String, String> FIELDS = Map.of("cadence", "cadence", "office", "office", "responsible", "person", "dueDays", "dueDays");

	private final CollectionRounds rounds;
	private final ConceptEditions editions;
	private final TenantPeople people;

	CollectionPages(CollectionRounds rounds, ConceptEditions editions, TenantPeople people) {
		this.rounds = rounds;
		this.editions = editions;
		this.people = people;
	}

	/** A period as the page shows it. */
	record PeriodRow(String indicator, String field, String period, String dueOn, String office, String person, String state, String symbol) {
	}

	/** A setting as the page shows it. */
	record SettingRow(UUID indicatorId, String indicator, String field, String cadence, int dueDays, String office, String person) {
	}

	/** A completeness row: "3 von 4" and the percent as German text. */
	record CompletenessRow(String group, int due, int done, String percent) {
	}

	@GetMapping
	String page(@PathVariable String tenantSlug, @PathVariable EditionId editionId, Model model) {
		CollectionRounds.Overview overview = rounds.overview(editionId, GermanDates.today());
		Map<UUID, String> names = names(overview);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("asOf", GermanDates.format(overview.asOf()));
		model.addAttribute("byField", overview.byField().stream().map(CollectionPages::completeness).toList());
		model.addAttribute("byOffice", overview.byOffice().stream().map(CollectionPages::completeness).toList());
		model.addAttribute("overdue", rows(overview.in(State.UEBERFAELLIG), names));
		model.addAttribute("due", rows(overview.in(State.FAELLIG), names));
		model.addAttribute("done", rows(overview.in(State.ERLEDIGT).reversed(), names));
		model.addAttribute("settings", overview.settings().stream().map(setting -> new SettingRow(setting.indicatorId(), setting.indicatorName(),
				setting.fieldName(), setting.cadence().label(), setting.dueDays(), setting.office() == null ? "–" : setting.office(),
				person(names, setting.responsibleAccountId()))).toList());
		model.addAttribute("cadences", java.util.Arrays.stream(Cadence.values()).map(cadence -> Map.entry(cadence.name(), cadence.label())).toList());
		model.addAttribute("defaultDueDays", CollectionRounds.DEFAULT_DUE_DAYS);
		model.addAttribute("canWrite", AccessControl.hasTenantRole(TenantRole.EDITOR));
		if (!model.containsAttribute("collectionForm")) {
			model.addAttribute("collectionForm", new CollectionForm());
		}
		return "monitoring/collection";
	}

	@PostMapping
	String configure(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @ModelAttribute("collectionForm") CollectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// Checked first, so a member without the right sees the refusal rather than form errors.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		UUID indicatorId = uuid(form.getIndicator());
		if (indicatorId == null) {
			errors.rejectValue("indicator", "monitoring.invalid", "Bitte wählen Sie einen Indikator.");
		}
		Cadence cadence = java.util.Arrays.stream(Cadence.values()).filter(c -> c.name().equals(form.getCadence())).findFirst().orElse(null);
		if (cadence == null) {
			errors.rejectValue("cadence", "monitoring.invalid", "Bitte wählen Sie, wie oft der Wert erhoben wird.");
		}
		Integer dueDays = null;
		if (form.getDueDays() != null && !form.getDueDays().isBlank()) {
			try {
				dueDays = Integer.valueOf(form.getDueDays().strip());
			}
			catch (NumberFormatException e) {
				errors.rejectValue("dueDays", "monitoring.invalid", "Die Frist muss eine ganze Zahl von Tagen sein.");
			}
		}
		UUID responsible = null;
		if (form.getPerson() != null && !form.getPerson().isBlank()) {
			responsible = people.byEmailOrId(form.getPerson().strip()).map(TenantPeople.Person::id).orElse(null);
			if (responsible == null) {
				errors.rejectValue("person", "monitoring.invalid", "Unter „" + form.getPerson().strip()
						+ "“ ist niemand in dieser Kommune bekannt (E-Mail-Adresse oder Konto-Id angeben).");
			}
		}
		if (!errors.hasErrors()) {
			try {
				CollectionRounds.Setting saved = rounds.configure(editionId, indicatorId,
						new CollectionRounds.SettingInput(cadence, form.getOffice(), responsible, dueDays));
				redirect.addFlashAttribute("message", "Die Erhebung von „" + saved.indicatorName() + "“ ist gespeichert.");
				return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId + "/erhebung";
			}
			catch (MonitoringProblems.Invalid invalid) {
				invalid.fieldErrors().forEach((field, message) -> errors.rejectValue(FIELDS.getOrDefault(field, "indicator"), "monitoring.invalid", message));
			}
			catch (MonitoringProblems.IndicatorNotFound unknown) {
				errors.rejectValue("indicator", "monitoring.invalid", "Diesen Indikator gibt es in diesem Konzept nicht.");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(tenantSlug, editionId, model);
	}

	@ExceptionHandler(EditionProblems.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private Map<UUID, String> names(CollectionRounds.Overview overview) {
		List<UUID> ids = overview.settings().stream().map(CollectionRounds.Setting::responsibleAccountId).filter(Objects::nonNull).distinct().toList();
		return ids.isEmpty() ? Map.of()
				: people.byIds(ids).stream().collect(Collectors.toMap(TenantPeople.Person::id, p -> p.displayName() == null ? p.email() : p.displayName()));
	}

	private static String person(Map<UUID, String> names, UUID id) {
		return id == null ? "–" : names.getOrDefault(id, "(nicht mehr Mitglied)");
	}

	private static List<PeriodRow> rows(List<CollectionRounds.DuePeriod> periods, Map<UUID, String> names) {
		Function<CollectionRounds.DuePeriod, PeriodRow> row = period -> new PeriodRow(period.indicatorName(), period.fieldName(), period.period(),
				GermanDates.format(period.dueOn()), period.office() == null ? "–" : period.office(), person(names, period.responsibleAccountId()),
				period.state().label(), period.state().symbol());
		return new ArrayList<>(periods.stream().map(row).toList());
	}

	private static CompletenessRow completeness(CollectionRounds.Completeness completeness) {
		return new CompletenessRow(completeness.group(), completeness.due(), completeness.done(),
				completeness.percent() == null ? "– (noch nichts fällig gewesen)" : GermanNumbers.format(completeness.percent()) + " %");
	}

	private static UUID uuid(String text) {
		try {
			return text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
