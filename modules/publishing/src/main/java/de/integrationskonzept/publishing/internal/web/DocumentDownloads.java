package de.integrationskonzept.publishing.internal.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.publishing.internal.pdf.ConceptPdf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The whole published concept as a PDF. It is rendered from the snapshot and then kept by the
 * page cache like any public page, so it is built once per publication and language.
 */
@Controller
class DocumentDownloads {

	private final Tenants tenants;
	private final PublishedEditions publishedEditions;
	private final ConceptPdf pdf;

	DocumentDownloads(Tenants tenants, PublishedEditions publishedEditions, ConceptPdf pdf) {
		this.tenants = tenants;
		this.publishedEditions = publishedEditions;
		this.pdf = pdf;
	}

	@GetMapping("/{tenantSlug}/integrationskonzept.pdf")
	ResponseEntity<byte[]> concept(@PathVariable String tenantSlug, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		PublishedEdition published = publishedEditions.current()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String language = SiteView.languageOf(lang, java.util.Locale.GERMAN);
		byte[] document = pdf.render(tenants.current(), published, language);
		PublicPageCache.markCacheable(request, response);
		String filename = "integrationskonzept-" + tenantSlug + "-" + published.edition().periodFrom() + "-"
				+ published.edition().periodTo() + ("de".equals(language) ? "" : "-" + language) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(document);
	}
}
