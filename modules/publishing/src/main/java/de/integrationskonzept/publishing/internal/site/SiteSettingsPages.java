package de.integrationskonzept.publishing.internal.site;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.InvalidInput;
import de.integrationskonzept.publishing.internal.web.PublicPageCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tenant's legally required pages (Impressum, Datenschutz, Barrierefreiheitserklärung), its
 * logo and accent colour, and the administrators' form for all of them. The legal pages may be
 * kept by the public page cache; saving the settings drops them ({@code SiteContentChanged}).
 */
@Controller
@RequestMapping("/{tenantSlug}")
class SiteSettingsPages {

	private final SiteSettingsService settings;
	private final SiteModel site;
	private final Tenants tenants;
	private final ConformanceStatus platformStatus;
	private final LocalDate platformAssessed;
	private final long contactRetentionDays;

	SiteSettingsPages(SiteSettingsService settings, SiteModel site, Tenants tenants,
			@Value("${ik.publishing.accessibility.platform-status:TEILWEISE}") ConformanceStatus platformStatus,
			@Value("${ik.publishing.accessibility.platform-assessed:2026-11-23}") String platformAssessed,
			@Value("${ik.publishing.contact.retention:P180D}") Duration contactRetention) {
		this.settings = settings;
		this.site = site;
		this.tenants = tenants;
		this.platformStatus = platformStatus;
		this.platformAssessed = LocalDate.parse(platformAssessed);
		this.contactRetentionDays = contactRetention.toDays();
	}

	@GetMapping("/impressum")
	String impressum(Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markCacheable(request, response);
		site.addTo(model);
		return "publishing/site/impressum";
	}

	@GetMapping("/datenschutz")
	String datenschutz(Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markCacheable(request, response);
		site.addTo(model);
		model.addAttribute("retentionDays", contactRetentionDays);
		return "publishing/site/datenschutz";
	}

	@GetMapping("/barrierefreiheit")
	String accessibility(@PathVariable String tenantSlug, Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markCacheable(request, response);
		site.addTo(model);
		model.addAttribute("siteAddress", ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + tenantSlug).toUriString());
		model.addAttribute("platformStatus", platformStatus);
		model.addAttribute("platformAssessed", platformAssessed);
		return "publishing/site/accessibility";
	}

	@GetMapping("/logo")
	ResponseEntity<byte[]> logo() {
		return settings.logo()
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.mediaType()))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.lastModified(logo.updatedAt())
				.body(logo.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/**
	 * The accent colour as a stylesheet: the content security policy allows no inline styles, and
	 * a colour checked on save ({@link AccentColour}) is the only thing written into it.
	 */
	@GetMapping(value = "/akzent.css", produces = "text/css")
	ResponseEntity<String> accentStylesheet() {
		AccentColour accent = settings.current().accentColour();
		String css = accent == null ? "/* platform default */\n" : ":root { --accent: " + accent.hex() + "; }\n";
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8)).body(css);
	}

	@GetMapping("/verwaltung/auftritt")
	String form(Model model) {
		SiteSettings current = settings.forAdministration();
		model.addAttribute("settingsForm", SiteSettingsForm.of(current));
		return render(model, current);
	}

	@PostMapping("/verwaltung/auftritt")
	String save(@PathVariable String tenantSlug, @ModelAttribute("settingsForm") SiteSettingsForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			settings.update(form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/" + tenantSlug + "/verwaltung/auftritt";
		}
		catch (InvalidInput refused) {
			refused.addTo(errors);
			model.addAttribute("fileDropped", form.getLogo() != null && !form.getLogo().isEmpty());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(model, settings.current());
		}
	}

	private String render(Model model, SiteSettings current) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("site", current);
		model.addAttribute("statuses", ConformanceStatus.values());
		return "publishing/site/settings";
	}
}
