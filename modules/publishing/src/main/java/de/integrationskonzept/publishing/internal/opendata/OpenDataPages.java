package de.integrationskonzept.publishing.internal.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.publishing.internal.web.PublicPageCache;
import de.integrationskonzept.publishing.internal.web.SiteView;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tenant's open data: the documented index page, {@code concept.json}, the CSV files, the
 * DCAT-AP.de catalog, and the site's {@code sitemap.xml}. All come from the current published
 * edition; without one the page says so and the files answer 404. The files may be cached for
 * five minutes and carry the publication time as {@code Last-Modified}, so harvesters can ask
 * with {@code If-Modified-Since}; any origin may read them (open data for browser apps too).
 */
@Controller
class OpenDataPages {

	private static final ZoneId GERMAN_TIME = ZoneId.of("Europe/Berlin");
	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final PublishedEditions editions;
	private final PublishedMonitoring monitoring;
	private final Tenants tenants;
	private final String contributorId;

	OpenDataPages(PublishedEditions editions, PublishedMonitoring monitoring, Tenants tenants,
			@Value("${ik.open-data.contributor-id:}") String contributorId) {
		this.editions = editions;
		this.monitoring = monitoring;
		this.tenants = tenants;
		this.contributorId = contributorId;
	}

	@GetMapping({ "/{tenantSlug}/open-data", "/{tenantSlug}/open-data/" })
	String index(@PathVariable String tenantSlug, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Tenant tenant = tenant(tenantSlug);
		if (request.getUserPrincipal() == null) {
			PublicPageCache.markCacheable(request, response);
		}
		SiteUrls urls = urls(request, tenant);
		Optional<PublishedEdition> current = editions.current();
		// This page's own texts exist in German and English only, whatever languages the concept has.
		String language = "en".equals(locale.getLanguage()) ? "en" : "de";
		model.addAttribute("site", SiteView.publicSite(tenant, current.orElse(null), language));
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("canonicalUrl", urls.openData() + ("en".equals(language) ? "?lang=en" : ""));
		model.addAttribute("tenant", tenant);
		model.addAttribute("published", current.orElse(null));
		model.addAttribute("publishedAtLocal", current.map(edition -> edition.publishedAt().atZone(GERMAN_TIME)).orElse(null));
		model.addAttribute("languages", current.map(edition -> OpenDataJson.languagesOf(edition.edition())).orElse(List.of()));
		model.addAttribute("jsonUrl", urls.openDataFile("concept.json"));
		model.addAttribute("valuesJsonUrl", urls.openDataFile("indikatorwerte.json"));
		model.addAttribute("valuesReleasedAt", current.flatMap(edition -> monitoring.released(edition.editionId()))
			.map(release -> release.releasedAt().atZone(GERMAN_TIME)).orElse(null));
		model.addAttribute("catalogUrl", urls.openDataFile("catalog.ttl"));
		model.addAttribute("pdfUrl", urls.pdf());
		model.addAttribute("tables", Arrays.stream(OpenDataCsv.Table.values()).map(table -> CsvFileView.of(table, urls)).toList());
		model.addAttribute("schema", OpenDataJson.SCHEMA);
		model.addAttribute("licenceTitle", OpenDataLicence.TITLE);
		model.addAttribute("licenceUrl", OpenDataLicence.TEXT_URL);
		return "publishing/open-data";
	}

	@GetMapping("/{tenantSlug}/open-data/concept.json")
	ResponseEntity<byte[]> conceptJson(@PathVariable String tenantSlug, HttpServletRequest request, WebRequest webRequest) {
		Tenant tenant = tenant(tenantSlug);
		PublishedEdition published = publishedOrNotFound();
		return file(webRequest, published, MediaType.APPLICATION_JSON_VALUE,
				() -> OpenDataJson.render(tenant, published, urls(request, tenant)).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{tenantSlug}/open-data/{name}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String tenantSlug, @PathVariable String name, HttpServletRequest request,
			WebRequest webRequest) {
		Tenant tenant = tenant(tenantSlug);
		OpenDataCsv.Table table = OpenDataCsv.Table.named(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Keine Datei " + name + ".csv"));
		PublishedEdition published = publishedOrNotFound();
		if (table == OpenDataCsv.Table.INDIKATORWERTE) {
			return released(CsvTable.MEDIA_TYPE,
					OpenDataCsv.render(table, published, monitoring.released(published.editionId()).orElse(null), urls(request, tenant)));
		}
		return file(webRequest, published, CsvTable.MEDIA_TYPE, () -> OpenDataCsv.render(table, published, urls(request, tenant)));
	}

	/** The released indicator values, status and progress (empty lists while nothing is released). */
	@GetMapping("/{tenantSlug}/open-data/indikatorwerte.json")
	ResponseEntity<byte[]> valuesJson(@PathVariable String tenantSlug, HttpServletRequest request) {
		Tenant tenant = tenant(tenantSlug);
		PublishedEdition published = publishedOrNotFound();
		String json = IndicatorValues.json(tenant, published, monitoring.released(published.editionId()).orElse(null), urls(request, tenant));
		return released(MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A file of released monitoring values. No Last-Modified: a withdrawal makes the content older than the
	 * client's copy, which a date comparison would wrongly call unchanged.
	 */
	private static ResponseEntity<byte[]> released(String mediaType, byte[] body) {
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.contentType(MediaType.parseMediaType(mediaType))
			.body(body);
	}

	@GetMapping("/{tenantSlug}/open-data/catalog.ttl")
	ResponseEntity<byte[]> catalog(@PathVariable String tenantSlug, HttpServletRequest request, WebRequest webRequest) {
		Tenant tenant = tenant(tenantSlug);
		PublishedEdition published = publishedOrNotFound();
		Instant firstPublished = editions.all().stream().map(PublishedEdition::publishedAt).min(Comparator.naturalOrder())
			.orElse(published.publishedAt());
		var context = new DcatCatalog.Context(tenant, tenants.currentContactOffice().orElse(null), firstPublished, contributorId);
		return file(webRequest, published, DcatCatalog.MEDIA_TYPE,
				() -> DcatCatalog.render(context, published, urls(request, tenant)).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{tenantSlug}/sitemap.xml")
	ResponseEntity<byte[]> sitemap(@PathVariable String tenantSlug, HttpServletRequest request, WebRequest webRequest) {
		Tenant tenant = tenant(tenantSlug);
		Optional<PublishedEdition> current = editions.current();
		if (current.isPresent() && webRequest.checkNotModified(current.get().publishedAt().toEpochMilli())) {
			return null;
		}
		var response = ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(MediaType.parseMediaType(SitemapXml.MEDIA_TYPE));
		current.ifPresent(edition -> response.lastModified(edition.publishedAt()));
		return response.body(SitemapXml.render(urls(request, tenant), current, editions.all()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Crawlers may read the public site, not the staff pages or endless search results; the
	 * sitemap is named. On the tenant's own host this answers {@code /robots.txt}.
	 */
	@GetMapping(path = "/{tenantSlug}/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots(@PathVariable String tenantSlug, HttpServletRequest request) {
		SiteUrls urls = urls(request, tenant(tenantSlug));
		String prefix = urls.prefix();
		String body = "User-agent: *\n"
				+ "Disallow: " + prefix + "/verwaltung/\n"
				+ "Disallow: " + prefix + "/suche\n"
				+ "Sitemap: " + urls.page("sitemap.xml") + "\n";
		return ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(MediaType.TEXT_PLAIN).body(body);
	}

	/** A file of the current edition, or 304 when the client's copy is as new as the publication. */
	private static ResponseEntity<byte[]> file(WebRequest webRequest, PublishedEdition published, String mediaType, Supplier<byte[]> body) {
		if (webRequest.checkNotModified(published.publishedAt().toEpochMilli())) {
			// Spring has answered 304 with the Last-Modified header.
			return null;
		}
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.lastModified(published.publishedAt())
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.contentType(MediaType.parseMediaType(mediaType))
			.body(body.get());
	}

	private PublishedEdition publishedOrNotFound() {
		return editions.current()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Noch kein Integrationskonzept veröffentlicht"));
	}

	private Tenant tenant(String tenantSlug) {
		// The resolution filter has bound the tenant this path names; platform paths bind none.
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		return tenants.current();
	}

	/**
	 * Addresses as the visitor reached the site: same scheme and host (behind a proxy, the
	 * forwarded ones). On the tenant's own host the filter presents {@code /x} as {@code /slug/x};
	 * the original request shows whether the visitor's path had the slug, so links keep the form
	 * the visitor used.
	 */
	static SiteUrls urls(HttpServletRequest request, Tenant tenant) {
		String origin = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		ServletRequest original = request;
		while (original instanceof ServletRequestWrapper wrapper) {
			original = wrapper.getRequest();
		}
		HttpServletRequest client = (HttpServletRequest) original;
		String path = client.getRequestURI().substring(client.getContextPath().length());
		String slugPath = "/" + tenant.slug();
		boolean slugInPath = path.equals(slugPath) || path.startsWith(slugPath + "/");
		return new SiteUrls(origin, slugInPath ? slugPath : "");
	}
}
