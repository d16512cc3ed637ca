package de.integrationskonzept.concepts.internal.web;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.web.ProblemException;

/**
 * What every editor form does: apply a change to the edition the form was rendered from (its
 * version), save, and come back to the edition with a message — or with the refusal next to the
 * form that caused it.
 */
@Component
class EditorActions {

	private final ConceptEditions editions;

	EditorActions(ConceptEditions editions) {
		this.editions = editions;
	}

	String edit(String slug, EditionId id, int version, RedirectAttributes redirect, UnaryOperator<Edition> change) {
		return act(slug, id, redirect, () -> editions.update(change.apply(editions.get(id)), version), "Gespeichert.");
	}

	String act(String slug, EditionId id, RedirectAttributes redirect, Runnable action, String success) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (ProblemException | IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("problems", e instanceof ProblemException problem ? problem.problems() : List.of());
			// Which form failed, so the page shows the message next to its field.
			redirect.addFlashAttribute("errorForm", submittedForm());
		}
		return "redirect:/" + slug + "/verwaltung/konzept/" + id;
	}

	private static String submittedForm() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getParameter("form") : null;
	}
}
