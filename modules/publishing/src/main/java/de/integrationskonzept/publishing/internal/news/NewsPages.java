package de.integrationskonzept.publishing.internal.news;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.site.SiteModel;
import de.integrationskonzept.publishing.internal.web.PublicPageCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Public Aktuelles: the list (newest first), one item, and the Atom feed. Drafts are nowhere.
 * All three look the same for every anonymous visitor, so the public page cache may keep them;
 * publishing or withdrawing drops them ({@code SiteContentChanged}).
 */
@Controller
@RequestMapping("/{tenantSlug}")
class NewsPages {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final News news;
	private final SiteModel site;
	private final Tenants tenants;
	private final MessageSource messages;

	NewsPages(News news, SiteModel site, Tenants tenants, MessageSource messages) {
		this.news = news;
		this.site = site;
		this.tenants = tenants;
		this.messages = messages;
	}

	@GetMapping("/aktuelles")
	String list(Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markCacheable(request, response);
		site.addTo(model);
		model.addAttribute("items", news.latestPublished(News.PUBLIC_LIMIT));
		return "publishing/news/list";
	}

	@GetMapping("/aktuelles/{id}")
	String item(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
		site.addTo(model);
		model.addAttribute("item", news.published(id).orElseThrow(() -> new News.NewsItemNotFound(id)));
		PublicPageCache.markCacheable(request, response);
		return "publishing/news/item";
	}

	@GetMapping("/aktuelles.atom")
	ResponseEntity<String> feed(@PathVariable String tenantSlug, HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markCacheable(request, response);
		Tenant tenant = tenants.current();
		String siteUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + tenantSlug).toUriString();
		String title = messages.getMessage("news.feed.title", new Object[] { tenant.name() }, Locale.GERMAN);
		// An empty feed still needs <updated>: the start of the current hour keeps it stable for caches.
		Instant empty = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		String xml = AtomFeed.of(tenant, siteUrl, news.latestPublished(News.PUBLIC_LIMIT), title, empty);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}
}
