package de.integrationskonzept.concepts.internal.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.platform.web.ProblemException;

/**
 * The editors' page of the municipality's Akteure: list and add.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/akteure")
class ActorPages {

	private final Actors actors;

	ActorPages(Actors actors) {
		this.actors = actors;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("actors", actors.list());
		model.addAttribute("kinds", Actor.Kind.values());
		return "concepts/actors";
	}

	@PostMapping
	String add(@PathVariable String tenantSlug, @RequestParam Actor.Kind kind, @RequestParam String name,
			@RequestParam(required = false) String contact, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String fields, RedirectAttributes redirect) {
		try {
			actors.add(new Actor(null, kind, name, blankToNull(contact), blankToNull(email), blankToNull(phone), null,
					fields == null ? List.of() : Arrays.asList(fields.split(",")), 0));
			redirect.addFlashAttribute("message", "Der Akteur wurde hinzugefügt.");
		}
		catch (ProblemException | IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/" + tenantSlug + "/verwaltung/akteure";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
