package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
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

import de.integrationskonzept.participation.IdeaModeration;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' moderation queue: reported and hidden ideas and comments with the reports' reasons;
 * hide with a reason (shown publicly) or show again.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/moderation")
class ModerationPages {

	private final IdeaModeration moderation;
	private final ParticipationProcesses processes;

	ModerationPages(IdeaModeration moderation, ParticipationProcesses processes) {
		this.moderation = moderation;
		this.processes = processes;
	}

	/** A rejected reason, shown at its item's form. */
	record HideError(UUID id, String reason, String message) {
	}

	@GetMapping
	String queue(@PathVariable String tenantSlug, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("queue", moderation.queue());
		model.addAttribute("processes", processes.list().stream()
			.collect(java.util.stream.Collectors.toMap(ParticipationProcess::id, ParticipationProcess::title)));
		return "participation/moderation";
	}

	@PostMapping("/{kind}/{id}/ausblenden")
	String hide(@PathVariable String tenantSlug, @PathVariable IdeaModeration.Kind kind, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			moderation.hide(kind, id, reason);
			redirect.addFlashAttribute("message", "Der Beitrag ist ausgeblendet; öffentlich steht: „Ausgeblendet: " + reason.strip() + "“.");
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/moderation";
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("hideError", new HideError(id, reason, invalid.fieldErrors().values().iterator().next()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return queue(tenantSlug, model);
		}
	}

	@PostMapping("/{kind}/{id}/wiederherstellen")
	String restore(@PathVariable String tenantSlug, @PathVariable IdeaModeration.Kind kind, @PathVariable UUID id,
			RedirectAttributes redirect) {
		moderation.restore(kind, id);
		redirect.addFlashAttribute("message", "Der Beitrag wird wieder gezeigt; seine Meldungen sind erledigt.");
		return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/moderation";
	}

	@ExceptionHandler(ParticipationProblems.IdeaNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
