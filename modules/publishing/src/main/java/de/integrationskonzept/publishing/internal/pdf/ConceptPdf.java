package de.integrationskonzept.publishing.internal.pdf;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

import de.integrationskonzept.platform.documents.PdfDocuments;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/**
 * The whole published concept as one PDF: title page, table of contents with page numbers, PDF
 * bookmarks, understanding and prerequisites, Leitlinien, every Handlungsfeld with its baseline,
 * key figures, goals, sub-goals and indicators, and the measures. Rendered by the platform's
 * {@link PdfDocuments} (tagged PDF/UA, PDF/A-2a, embedded font, Arabic shaped and reordered); it
 * carries the document title and language.
 */
@Component
public class ConceptPdf {

	static final String TEMPLATE = "publishing/pdf/concept";

	private final SpringTemplateEngine templates;
	private final PdfDocuments documents;

	public ConceptPdf(SpringTemplateEngine templates, PdfDocuments documents) {
		this.templates = templates;
		this.documents = documents;
	}

	/**
	 * Renders the published edition of {@code tenant}. Texts come in {@code language} where the
	 * edition has them and in German otherwise; an unknown or missing language gives the German PDF.
	 */
	public byte[] render(Tenant tenant, PublishedEdition published, String language) {
		PdfLanguage pdfLanguage = PdfLanguage.of(language);
		ConceptDocument document = ConceptDocuments.of(tenant, published, pdfLanguage);
		String xhtml = templates.process(new TemplateSpec(TEMPLATE, TemplateMode.XML),
				new Context(pdfLanguage.labelLocale(), Map.of("doc", document)));
		return documents.render(xhtml, pdfLanguage.labelLocale(), "the concept PDF of " + tenant.slug());
	}
}
