package de.integrationskonzept.concepts.internal.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.Edition.Direction;
import de.integrationskonzept.concepts.Edition.Indicator;
import de.integrationskonzept.concepts.Edition.KeyFigure;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.internal.EditionEditor;

/**
 * Forms for the texts and details of an edition's parts: the edition's own texts and period,
 * Leitlinien, a Handlungsfeld's texts and key figures, indicators, and measure details.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/konzept/{id}")
class EditionPartsPages {

	private final EditorActions actions;

	EditionPartsPages(EditorActions actions) {
		this.actions = actions;
	}

	@PostMapping("/texte")
	String editHeader(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version, @RequestParam String title,
			@RequestParam(defaultValue = "") String titleEnglish, @RequestParam int periodFrom, @RequestParam int periodTo,
			@RequestParam(defaultValue = "") String understanding, @RequestParam(defaultValue = "") String understandingPlain,
			@RequestParam(defaultValue = "") String prerequisites, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.editHeader(edition,
				replace(edition.title(), "de", title, "en", titleEnglish), periodFrom, periodTo,
				replace(edition.understanding(), "de", understanding, LocalizedText.PLAIN_GERMAN, understandingPlain),
				replace(edition.prerequisites(), "de", prerequisites)));
	}

	@PostMapping("/leitlinien")
	String addGuideline(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version, @RequestParam String text,
			RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addGuideline(edition, text));
	}

	@PostMapping("/handlungsfelder/{field}")
	String editField(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID field, @RequestParam int version,
			@RequestParam String name, @RequestParam(defaultValue = "") String nameEnglish, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String baseline, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> {
			var current = edition.fields().stream().filter(candidate -> candidate.id().equals(field)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Dieses Handlungsfeld gibt es in dieser Ausgabe nicht."));
			return EditionEditor.editField(edition, field, replace(current.name(), "de", name, "en", nameEnglish),
					replace(current.description(), "de", description), replace(current.baseline(), "de", baseline));
		});
	}

	@PostMapping("/handlungsfelder/{field}/kennzahlen")
	String addKeyFigure(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID field, @RequestParam int version,
			@RequestParam String label, @RequestParam(required = false) BigDecimal value, @RequestParam(defaultValue = "") String unit,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addKeyFigure(edition, field,
				new KeyFigure(UUID.randomUUID(), LocalizedText.german(label), value, blankToNull(unit), year, blankToNull(source), false, null)));
	}

	@PostMapping("/ziele/{goal}/indikatoren")
	String addIndicator(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			@RequestParam String name, @RequestParam(defaultValue = "") String definition, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String dataSource, @RequestParam(required = false) BigDecimal baselineValue,
			@RequestParam(required = false) Integer baselineYear, @RequestParam(required = false) BigDecimal targetValue,
			@RequestParam(required = false) Integer targetYear, @RequestParam Direction direction, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addIndicator(edition, goal,
				new Indicator(UUID.randomUUID(), LocalizedText.german(name), optionalTexts(definition, "", ""), blankToNull(unit),
						blankToNull(dataSource), baselineValue, baselineYear, targetValue, targetYear, direction, null, false, null)));
	}

	@PostMapping("/massnahmen/{measure}")
	String editMeasure(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID measure, @RequestParam int version,
			@RequestParam String title, @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String responsible,
			@RequestParam(defaultValue = "") String partners, @RequestParam(required = false) Integer periodFrom,
			@RequestParam(required = false) Integer periodTo, @RequestParam(required = false) BigDecimal budget,
			@RequestParam(defaultValue = "") String fundingSource, @RequestParam MeasureStatus status, RedirectAttributes redirect) {
		List<String> partnerList = Arrays.stream(partners.split(",")).map(String::strip).filter(partner -> !partner.isEmpty()).toList();
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.editMeasure(edition,
				new Measure(measure, LocalizedText.german(title), optionalTexts(description, "", ""), blankToNull(responsible), partnerList,
						periodFrom, periodTo, budget, blankToNull(fundingSource), status, List.of(), false, null, null)));
	}

	@PostMapping("/ziele/{goal}/handlungsziele")
	String addSubGoal(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			@RequestParam String title, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addSubGoal(edition, goal, title));
	}

	@PostMapping("/ziele/{goal}/entfernen")
	String removeGoal(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.removeGoal(edition, goal));
	}

	@PostMapping("/massnahmen/{measure}/entfernen")
	String removeMeasure(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID measure, @RequestParam int version,
			RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.removeMeasure(edition, measure));
	}

	/**
	 * The existing texts with the languages the form shows replaced (a blank field removes that
	 * language); languages the form does not show are kept. Null when no German text remains.
	 */
	private static LocalizedText replace(LocalizedText existing, String... languageAndText) {
		Map<String, String> texts = new LinkedHashMap<>(existing == null ? Map.of() : existing.texts());
		for (int i = 0; i + 1 < languageAndText.length; i += 2) {
			texts.put(languageAndText[i], languageAndText[i + 1]);
		}
		String german = texts.get(LocalizedText.GERMAN);
		return german == null || german.isBlank() ? null : new LocalizedText(texts);
	}

	private static LocalizedText optionalTexts(String german, String plain, String english) {
		return replace(null, LocalizedText.GERMAN, german, LocalizedText.PLAIN_GERMAN, plain, "en", english);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
