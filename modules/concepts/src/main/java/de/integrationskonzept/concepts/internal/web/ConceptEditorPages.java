package de.integrationskonzept.concepts.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.internal.EditionEditor;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.FieldTemplates;
import de.integrationskonzept.concepts.LevelLabels;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.concepts.TemplateAdoption;
import de.integrationskonzept.platform.web.ProblemException;

/**
 * The editors' pages for a municipality's concept: list, create and import editions, view one
 * with its structure, change the structure, move it along its lifecycle, continue it, and see
 * its history and changes. Every form carries the version it was rendered from, so a save
 * over someone else's changes is refused with a message instead of losing them.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/konzept")
class ConceptEditorPages {

	private final ConceptEditions editions;
	private final TemplateAdoption adoption;
	private final FieldTemplates templates;
	private final EditorActions actions;
	private final LevelLabels labels;

	ConceptEditorPages(ConceptEditions editions, TemplateAdoption adoption, FieldTemplates templates, EditorActions actions,
			LevelLabels labels) {
		this.editions = editions;
		this.adoption = adoption;
		this.templates = templates;
		this.actions = actions;
		this.labels = labels;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("editions", editions.list());
		return "concepts/editions";
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @RequestParam String title, @RequestParam int periodFrom, @RequestParam int periodTo,
			RedirectAttributes redirect) {
		try {
			Edition created = editions.create(new Edition(EditionId.random(), LocalizedText.german(title), periodFrom, periodTo,
					EditionStatus.ENTWURF, null, null, null, null, List.of(), List.of(), List.of(), 0));
			return "redirect:/" + tenantSlug + "/verwaltung/konzept/" + created.id();
		}
		catch (ProblemException | IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("problems", e instanceof ProblemException problem ? problem.problems() : List.of());
			return "redirect:/" + tenantSlug + "/verwaltung/konzept";
		}
	}

	@PostMapping("/import")
	String importEdition(@PathVariable String tenantSlug, @RequestParam("datei") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			Edition imported = editions.importJson(new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("message", "Die Ausgabe wurde importiert.");
			return "redirect:/" + tenantSlug + "/verwaltung/konzept/" + imported.id();
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("problems", e.problems());
			return "redirect:/" + tenantSlug + "/verwaltung/konzept";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenantSlug, @PathVariable EditionId id, Model model) {
		Edition edition = editions.get(id);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("goalTitles", goalTitles(edition));
		model.addAttribute("statuses", EditionStatus.values());
		model.addAttribute("coverage", editions.languageCoverage(id));
		// The tenant's own names for the model's levels (e.g. "Teilziel" for Handlungsziel).
		Map<String, String> levelNames = new java.util.HashMap<>();
		labels.all().forEach((level, label) -> levelNames.put(level.name(), label.german()));
		model.addAttribute("level", levelNames);
		if (edition.status().isEditable()) {
			model.addAttribute("templates", templates.list());
			model.addAttribute("templateUpdates", adoption.updates(id));
		}
		return "concepts/edition";
	}

	@PostMapping("/{id}/handlungsfelder")
	String addField(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version, @RequestParam String name,
			RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addField(edition, name));
	}

	@PostMapping("/{id}/ziele")
	String addGoal(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version, @RequestParam UUID field,
			@RequestParam String title, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addGoal(edition, field, title));
	}

	@PostMapping("/{id}/ziele/{goal}/umbenennen")
	String renameGoal(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			@RequestParam String title, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.renameGoal(edition, goal, title));
	}

	/** Title in standard German, Einfache Sprache and English, and the German description. */
	@PostMapping("/{id}/ziele/{goal}/texte")
	String editGoalTexts(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			@RequestParam String title, @RequestParam(defaultValue = "") String titlePlain, @RequestParam(defaultValue = "") String titleEnglish,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> {
			Map<String, String> titles = new java.util.LinkedHashMap<>();
			titles.put(LocalizedText.GERMAN, title);
			titles.put(LocalizedText.PLAIN_GERMAN, titlePlain);
			titles.put("en", titleEnglish);
			return EditionEditor.editGoalTexts(edition, goal, new LocalizedText(titles),
					description.isBlank() ? null : LocalizedText.german(description));
		});
	}

	@PostMapping("/{id}/ziele/{goal}/verschieben")
	String moveGoal(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID goal, @RequestParam int version,
			@RequestParam(required = false) Integer step, @RequestParam(required = false) UUID field, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> field != null ? EditionEditor.moveGoalToField(edition, goal, field)
				: EditionEditor.moveGoal(edition, goal, step == null ? 0 : step));
	}

	@PostMapping("/{id}/massnahmen")
	String addMeasure(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version, @RequestParam String title,
			@RequestParam(name = "goals", required = false) List<UUID> goals, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.addMeasure(edition, title, goals == null ? List.of() : goals));
	}

	@PostMapping("/{id}/massnahmen/{measure}/ziele")
	String linkMeasure(@PathVariable String tenantSlug, @PathVariable EditionId id, @PathVariable UUID measure, @RequestParam int version,
			@RequestParam(name = "goals", required = false) List<UUID> goals, RedirectAttributes redirect) {
		return actions.edit(tenantSlug, id, version, redirect, edition -> EditionEditor.linkMeasure(edition, measure, goals == null ? List.of() : goals));
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version,
			@RequestParam EditionStatus status, @RequestParam(required = false) String body, @RequestParam(required = false) String number,
			@RequestParam(required = false) java.time.LocalDate date, @RequestParam(required = false) String result,
			RedirectAttributes redirect) {
		return actions.act(tenantSlug, id, redirect, () -> editions.changeStatus(id, status,
				new Resolution(blankToNull(body), blankToNull(number), date, blankToNull(result), null), version),
				"Der Status ist jetzt „" + status.label() + "“.");
	}

	@PostMapping("/{id}/vorlagen")
	String adoptTemplate(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version,
			@RequestParam String template, RedirectAttributes redirect) {
		return actions.act(tenantSlug, id, redirect, () -> adoption.adopt(id, template, version), "Die Vorlage wurde als Handlungsfeld übernommen.");
	}

	@PostMapping("/{id}/vorlagen/aenderungen")
	String applyTemplateChange(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam int version,
			@RequestParam UUID field, @RequestParam String key, @RequestParam(defaultValue = "false") boolean overwrite,
			RedirectAttributes redirect) {
		return actions.act(tenantSlug, id, redirect, () -> adoption.apply(id, field, key, overwrite, version), "Die Änderung der Vorlage wurde übernommen.");
	}

	@PostMapping("/{id}/fortschreibung")
	String fortschreiben(@PathVariable String tenantSlug, @PathVariable EditionId id, RedirectAttributes redirect) {
		Edition draft = editions.fortschreiben(id);
		redirect.addFlashAttribute("message", "Die Fortschreibung wurde als Entwurf angelegt.");
		return "redirect:/" + tenantSlug + "/verwaltung/konzept/" + draft.id();
	}

	@GetMapping("/{id}/export")
	ResponseEntity<String> export(@PathVariable String tenantSlug, @PathVariable EditionId id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("integrationskonzept-" + id + ".json").build().toString())
			.body(editions.exportJson(id));
	}

	@GetMapping("/{id}/verlauf")
	String history(@PathVariable String tenantSlug, @PathVariable EditionId id, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(id));
		model.addAttribute("entries", editions.history(id));
		return "concepts/history";
	}

	@GetMapping("/{id}/vergleich")
	String compare(@PathVariable String tenantSlug, @PathVariable EditionId id, @RequestParam("mit") EditionId other, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("from", editions.get(id));
		model.addAttribute("to", editions.get(other));
		model.addAttribute("changes", editions.compare(id, other));
		return "concepts/comparison";
	}

	private static Map<UUID, String> goalTitles(Edition edition) {
		Map<UUID, String> titles = new java.util.LinkedHashMap<>();
		edition.allGoals().forEach(goal -> titles.put(goal.id(), goal.title().german()));
		return titles;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
