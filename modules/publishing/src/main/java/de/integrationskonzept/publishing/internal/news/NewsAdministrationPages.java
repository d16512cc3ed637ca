package de.integrationskonzept.publishing.internal.news;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' pages for Aktuelles: list with publish / withdraw, write a new item, revise one.
 * Every change ends in a redirect (post/redirect/get); refused input renders the form again with
 * its errors (422).
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/aktuelles")
class NewsAdministrationPages {

	private final News news;
	private final Tenants tenants;

	NewsAdministrationPages(News news, Tenants tenants) {
		this.news = news;
		this.tenants = tenants;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items", news.all());
		model.addAttribute("tenant", tenants.current());
		return "publishing/news/admin-list";
	}

	@GetMapping("/neu")
	String newForm(Model model) {
		news.requireWriter();
		var form = new NewsForm();
		form.setAuthor(tenants.currentContactOffice().map(office -> office.name()).orElse(tenants.current().name()));
		model.addAttribute("newsForm", form);
		return editor(model, null);
	}

	@PostMapping("/neu")
	String create(@PathVariable String tenantSlug, @ModelAttribute("newsForm") NewsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			UUID id = news.write(form);
			redirect.addFlashAttribute("message", "news.saved");
			return "redirect:/" + tenantSlug + "/verwaltung/aktuelles/" + id;
		}
		catch (InvalidInput refused) {
			return refused(refused, errors, model, response, null);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		NewsItem item = news.find(id).orElseThrow(() -> new News.NewsItemNotFound(id));
		model.addAttribute("newsForm", NewsForm.of(item));
		return editor(model, item);
	}

	@PostMapping("/{id}")
	String revise(@PathVariable String tenantSlug, @PathVariable UUID id, @ModelAttribute("newsForm") NewsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			news.revise(id, form);
			redirect.addFlashAttribute("message", "news.saved");
			return "redirect:/" + tenantSlug + "/verwaltung/aktuelles/" + id;
		}
		catch (InvalidInput refused) {
			return refused(refused, errors, model, response, news.find(id).orElseThrow(() -> new News.NewsItemNotFound(id)));
		}
	}

	@PostMapping("/{id}/veroeffentlichen")
	String publish(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
		return statusChange(tenantSlug, redirect, () -> news.publish(id, version), "news.published");
	}

	@PostMapping("/{id}/zurueckziehen")
	String withdraw(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
		return statusChange(tenantSlug, redirect, () -> news.withdraw(id, version), "news.withdrawn");
	}

	@PostMapping("/{id}/loeschen")
	String delete(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
		return statusChange(tenantSlug, redirect, () -> news.delete(id, version), "news.deleted");
	}

	private String statusChange(String tenantSlug, RedirectAttributes redirect, Runnable change, String success) {
		try {
			change.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("errorKey", refused.problems().getFirst().key());
		}
		return "redirect:/" + tenantSlug + "/verwaltung/aktuelles";
	}

	private String refused(InvalidInput refused, BindingResult errors, Model model, HttpServletResponse response, NewsItem item) {
		refused.addTo(errors);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return editor(model, item);
	}

	private String editor(Model model, NewsItem item) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("item", item);
		return "publishing/news/admin-edit";
	}
}
