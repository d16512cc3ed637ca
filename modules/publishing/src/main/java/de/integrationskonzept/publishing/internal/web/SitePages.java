package de.integrationskonzept.publishing.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.participation.AcceptedIdea;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.publishing.internal.SearchIndex;
import de.integrationskonzept.publishing.internal.news.News;
import de.integrationskonzept.publishing.internal.site.SiteSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A municipality's public concept site, rendered from the published snapshot only, and the staff
 * preview that renders a draft with the same pages.
 */
@Controller
class SitePages {

	private static final int MAX_QUERY = 200;

	private final Tenants tenants;
	private final PublishedEditions publishedEditions;
	private final ConceptEditions editions;
	private final SearchIndex searchIndex;
	private final SiteSettingsService siteSettings;
	private final News news;
	private final ParticipationProcesses processes;
	private final Ideas ideas;
	private final Workshops workshops;
	private final PublishedMonitoring monitoring;
	private final MessageSource messages;

	SitePages(Tenants tenants, PublishedEditions publishedEditions, ConceptEditions editions, SearchIndex searchIndex,
			SiteSettingsService siteSettings, News news, ParticipationProcesses processes, Ideas ideas, Workshops workshops,
			PublishedMonitoring monitoring, MessageSource messages) {
		this.monitoring = monitoring;
		this.messages = messages;
		this.processes = processes;
		this.workshops = workshops;
		this.ideas = ideas;
		this.siteSettings = siteSettings;
		this.news = news;
		this.tenants = tenants;
		this.publishedEditions = publishedEditions;
		this.editions = editions;
		this.searchIndex = searchIndex;
	}

	@GetMapping("/{tenantSlug}")
	String home(@PathVariable String tenantSlug, @RequestParam(required = false) String lang, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		requireTenant(tenantSlug);
		SiteView site = site(publishedEditions.current().orElse(null), lang, locale, "/" + tenantSlug, false);
		model.addAttribute("contactOffice", tenants.currentContactOffice().orElse(null));
		model.addAttribute("staff", AccessControl.hasTenantRole(TenantRole.CONTRIBUTOR));
		model.addAttribute("latestNews", news.latestPublished(3));
		var today = ParticipationProcess.today();
		model.addAttribute("today", today);
		var openProcesses = processes.list().stream().filter(process -> process.isOpenOn(today)).toList();
		model.addAttribute("openProcesses", openProcesses);
		// The page is cached; a workshop change notifies the cache (participation changeset 011).
		model.addAttribute("upcomingWorkshops", workshops.upcoming(openProcesses.stream().map(ParticipationProcess::id).toList(), 3));
		return page(model, site, request, response, "publishing/home");
	}

	@GetMapping("/{tenantSlug}/leitlinien")
	String guidelines(@PathVariable String tenantSlug, @RequestParam(required = false) String lang, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(model, publicSite(tenantSlug, lang, locale), request, response, "publishing/guidelines");
	}

	@GetMapping("/{tenantSlug}/handlungsfelder/{fieldSlug}")
	String field(@PathVariable String tenantSlug, @PathVariable String fieldSlug, @RequestParam(required = false) String lang,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		SiteView site = publicSite(tenantSlug, lang, locale);
		Edition.Field field = site.published().field(fieldSlug).orElseThrow(SitePages::notFound);
		model.addAttribute("field", field);
		model.addAttribute("ideasBehind", ideasBehind(site, field));
		// Only what an editor released for this published edition; never the live values. The page is cached; a
		// release or withdrawal drops it (MonitoringReleases, and NOTIFY from monitoring changeset 010).
		model.addAttribute("monitoring", monitoring.released(site.published().editionId())
			.map(release -> new MonitoringView(release, site, messages, LocaleContextHolder.getLocale())).orElse(null));
		return page(model, site, request, response, "publishing/field");
	}

	/** A Handlungsfeld's goals without the site's frame, to embed in the municipality's own pages (iframe). */
	@GetMapping("/{tenantSlug}/widget/handlungsfelder/{fieldSlug}")
	String widget(@PathVariable String tenantSlug, @PathVariable String fieldSlug, @RequestParam(required = false) String lang,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		SiteView site = publicSite(tenantSlug, lang, locale);
		model.addAttribute("field", site.published().field(fieldSlug).orElseThrow(SitePages::notFound));
		return page(model, site, request, response, "publishing/widget");
	}

	@GetMapping("/{tenantSlug}/massnahmen")
	String measures(@PathVariable String tenantSlug, @RequestParam(required = false) String lang, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(model, publicSite(tenantSlug, lang, locale), request, response, "publishing/measures");
	}

	@GetMapping("/{tenantSlug}/fassungen")
	String editions(@PathVariable String tenantSlug, @RequestParam(required = false) String lang, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		requireTenant(tenantSlug);
		List<PublishedEdition> all = publishedEditions.all();
		model.addAttribute("editions", all);
		var byId = all.stream().collect(java.util.stream.Collectors.toMap(PublishedEdition::editionId, published -> published));
		var predecessors = new java.util.HashMap<EditionId, PublishedEdition>();
		all.stream().filter(published -> published.edition().continues() != null)
			.forEach(published -> java.util.Optional.ofNullable(byId.get(published.edition().continues()))
				.ifPresent(previous -> predecessors.put(published.editionId(), previous)));
		model.addAttribute("predecessors", predecessors);
		return page(model, site(all.isEmpty() ? null : all.getFirst(), lang, locale, "/" + tenantSlug, false), request,
				response, "publishing/editions");
	}

	/** One published edition as a whole (also older ones): the document to read or print in full. */
	@GetMapping("/{tenantSlug}/fassungen/{editionId}")
	String edition(@PathVariable String tenantSlug, @PathVariable String editionId, @RequestParam(required = false) String lang,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		requireTenant(tenantSlug);
		PublishedEdition published = publishedEditions.find(editionId(editionId)).orElseThrow(SitePages::notFound);
		return page(model, site(published, lang, locale, "/" + tenantSlug, false), request, response, "publishing/document");
	}

	@GetMapping("/{tenantSlug}/suche")
	String search(@PathVariable String tenantSlug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		requireTenant(tenantSlug);
		SiteView site = site(publishedEditions.current().orElse(null), lang, locale, "/" + tenantSlug, false);
		String query = q == null ? "" : q.strip();
		model.addAttribute("query", query);
		if (query.length() > MAX_QUERY) {
			model.addAttribute("queryTooLong", MAX_QUERY);
		}
		else if (!query.isEmpty() && site.published() != null) {
			model.addAttribute("hits", searchIndex.search(site.published(), query, site.language(), 50));
		}
		return page(model, site, request, response, "publishing/search");
	}

	@GetMapping("/{tenantSlug}/verwaltung/konzept/{editionId}/vorschau")
	String previewHome(@PathVariable String tenantSlug, @PathVariable String editionId, @RequestParam(required = false) String lang,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		SiteView site = previewSite(tenantSlug, editionId, lang, locale);
		model.addAttribute("contactOffice", tenants.currentContactOffice().orElse(null));
		model.addAttribute("staff", true);
		return page(model, site, request, response, "publishing/home");
	}

	@GetMapping("/{tenantSlug}/verwaltung/konzept/{editionId}/vorschau/handlungsfelder/{fieldSlug}")
	String previewField(@PathVariable String tenantSlug, @PathVariable String editionId, @PathVariable String fieldSlug,
			@RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		SiteView site = previewSite(tenantSlug, editionId, lang, locale);
		model.addAttribute("field", site.published().field(fieldSlug).orElseThrow(SitePages::notFound));
		return page(model, site, request, response, "publishing/field");
	}

	@GetMapping("/{tenantSlug}/verwaltung/konzept/{editionId}/vorschau/{part:leitlinien|massnahmen}")
	String previewPart(@PathVariable String tenantSlug, @PathVariable String editionId, @PathVariable String part,
			@RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		SiteView site = previewSite(tenantSlug, editionId, lang, locale);
		return page(model, site, request, response, "leitlinien".equals(part) ? "publishing/guidelines" : "publishing/measures");
	}

	/** "Sie haben gesagt – wir haben getan": the citizens' ideas taken over into the field's goals and their measures. */
	private java.util.Map<java.util.UUID, List<AcceptedIdea>> ideasBehind(SiteView site, Edition.Field field) {
		List<Edition.Goal> goals = field.goals().stream().flatMap(Edition.Goal::withSubGoals).toList();
		var items = new java.util.HashSet<java.util.UUID>();
		goals.forEach(goal -> {
			items.add(goal.id());
			site.measuresOf(goal).forEach(measure -> items.add(measure.id()));
		});
		return ideas.behind(items);
	}

	private SiteView publicSite(String tenantSlug, String lang, Locale locale) {
		requireTenant(tenantSlug);
		PublishedEdition published = publishedEditions.current().orElseThrow(SitePages::notFound);
		return site(published, lang, locale, "/" + tenantSlug, false);
	}

	/** A draft as the public would see it once published; only for the tenant's staff (checked by the concepts module). */
	private SiteView previewSite(String tenantSlug, String editionId, String lang, Locale locale) {
		requireTenant(tenantSlug);
		Edition draft = editions.get(editionId(editionId));
		var snapshot = new PublishedEdition(TenantContext.require(), draft.id(), Instant.now(), true, draft);
		return site(snapshot, lang, locale, "/" + tenantSlug + "/verwaltung/konzept/" + draft.id().value() + "/vorschau", true);
	}

	private SiteView site(PublishedEdition published, String lang, Locale locale, String basePath, boolean preview) {
		return new SiteView(tenants.current(), published, SiteView.languageOf(lang, locale), basePath, preview);
	}

	private String page(Model model, SiteView site, HttpServletRequest request, HttpServletResponse response, String view) {
		model.addAttribute("settings", siteSettings.current());
		if (!site.preview() && request.getUserPrincipal() == null) {
			PublicPageCache.markCacheable(request, response);
		}
		model.addAttribute("site", site);
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("canonicalUrl", ServletUriComponentsBuilder.fromRequest(request).replaceQuery(null)
			.queryParamIfPresent("lang", java.util.Optional.of(site.language()).filter(language -> !"de".equals(language)))
			.build().toUriString());
		return view;
	}

	private static void requireTenant(String tenantSlug) {
		// The resolution filter has bound the tenant this path names; platform paths bind none.
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
	}

	private static EditionId editionId(String value) {
		try {
			return EditionId.of(value);
		}
		catch (IllegalArgumentException e) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
