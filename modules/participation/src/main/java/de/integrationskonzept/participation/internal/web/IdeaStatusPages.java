package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
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
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' decisions on a process's ideas: status, the goal or measure an idea became, the
 * reason it was not taken over.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/{processId}/ideen")
class IdeaStatusPages {

	private final Ideas ideas;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;

	IdeaStatusPages(Ideas ideas, ParticipationProcesses processes, ConceptEditions editions) {
		this.ideas = ideas;
		this.processes = processes;
		this.editions = editions;
	}

	/** A refused decision with its problems by field, shown at its idea's form. */
	record StatusError(UUID ideaId, Map<String, String> problems) {
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable UUID processId, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("process", process);
		model.addAttribute("ideas", ideas.of(processId));
		model.addAttribute("items", items(editions.get(process.editionId())));
		model.addAttribute("statuses", IdeaStatus.values());
		return "participation/idea-status";
	}

	@PostMapping("/{ideaId}/status")
	String change(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId,
			@RequestParam(required = false) IdeaStatus status, @RequestParam(required = false) String acceptedInto,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ideas.changeStatus(ideaId, new Ideas.StatusChange(status, uuid(acceptedInto), reason));
			redirect.addFlashAttribute("message", "Der Status der Idee ist gespeichert.");
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/" + processId + "/ideen#idee-" + ideaId;
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("statusError", new StatusError(ideaId, invalid.fieldErrors()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(tenantSlug, processId, model);
		}
	}

	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.IdeaNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Goals (with sub-goals, indented by level) and measures of the edition, for the "übernommen in" choice. */
	private static Map<UUID, String> items(Edition edition) {
		Map<UUID, String> items = new LinkedHashMap<>();
		edition.fields().forEach(field -> field.goals().forEach(goal -> addGoal(items, field.name().german(), goal, 0)));
		edition.measures().forEach(measure -> items.put(measure.id(), "Maßnahme: " + measure.title().german()));
		return items;
	}

	private static void addGoal(Map<UUID, String> items, String field, Edition.Goal goal, int depth) {
		items.put(goal.id(), "Ziel (" + field + "): " + "– ".repeat(depth) + goal.title().german());
		goal.subGoals().forEach(sub -> addGoal(items, field, sub, depth + 1));
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
