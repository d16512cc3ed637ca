package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.IdeaModeration;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms on the public process page for each idea — support, withdraw, comment, report — as
 * plain HTML forms (no JavaScript): each posts here and returns to the idea on the page, with a
 * message or, for an invalid comment, the page again with the error next to the field.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/{processId}")
class IdeaPages {

	private final Ideas ideas;
	private final IdeaModeration moderation;
	private final ProcessPage processPage;

	IdeaPages(Ideas ideas, IdeaModeration moderation, ProcessPage processPage) {
		this.ideas = ideas;
		this.moderation = moderation;
		this.processPage = processPage;
	}

	/** A comment form's rejected text with its message, shown at that idea's form. */
	record CommentError(UUID ideaId, String text, String message) {
	}

	@PostMapping("/ideen/{ideaId}/unterstuetzen")
	String support(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId, RedirectAttributes redirect) {
		return act(tenantSlug, processId, ideaId, redirect, "Danke! Sie unterstützen diese Idee.", () -> ideas.support(ideaId));
	}

	@PostMapping("/ideen/{ideaId}/unterstuetzung-zurueckziehen")
	String withdraw(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId, RedirectAttributes redirect) {
		return act(tenantSlug, processId, ideaId, redirect, "Sie unterstützen diese Idee nicht mehr.", () -> ideas.withdrawSupport(ideaId));
	}

	@PostMapping("/ideen/{ideaId}/kommentare")
	String comment(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return act(tenantSlug, processId, ideaId, redirect, "Danke! Ihr Kommentar ist veröffentlicht.", () -> ideas.comment(ideaId, text));
		}
		catch (ParticipationProblems.Invalid invalid) {
			model.addAttribute("commentError", new CommentError(ideaId, text, invalid.fieldErrors().values().iterator().next()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return processPage.render(processId, ideas.pageOf(ideaId), model);
		}
	}

	@PostMapping("/ideen/{ideaId}/melden")
	String reportIdea(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(tenantSlug, processId, ideaId, redirect, "Danke! Ihre Meldung ist eingegangen; die Redaktion prüft den Beitrag.",
				() -> moderation.report(IdeaModeration.Kind.IDEA, ideaId, reason));
	}

	@PostMapping("/ideen/{ideaId}/kommentare/{commentId}/melden")
	String reportComment(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID ideaId,
			@PathVariable UUID commentId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(tenantSlug, processId, ideaId, redirect, "Danke! Ihre Meldung ist eingegangen; die Redaktion prüft den Kommentar.",
				() -> moderation.report(IdeaModeration.Kind.COMMENT, commentId, reason));
	}

	/** Missing ideas, comments and processes (also another tenant's) are absent: the platform's 404 page. */
	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.IdeaNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * Does the action and returns to the idea, on the page of ideas that shows it; a refusal (phase, own idea, done
	 * already, too many, invalid reason) becomes the message.
	 */
	private String act(String tenantSlug, UUID processId, UUID ideaId, RedirectAttributes redirect, String thanks, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", thanks);
		}
		catch (ParticipationProblems.Invalid invalid) {
			if (invalid.fieldErrors().containsKey("text")) {
				throw invalid;
			}
			redirect.addFlashAttribute("error", String.join(" ", invalid.fieldErrors().values()));
		}
		catch (ParticipationProblems.IdeaNotFound | ParticipationProblems.ProcessNotFound absent) {
			throw absent;
		}
		catch (ProblemException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		int page = ideas.pageOf(ideaId);
		return "redirect:/" + tenantSlug + "/beteiligung/" + processId + (page == 1 ? "" : "?seite=" + page) + "#idee-" + ideaId;
	}
}
