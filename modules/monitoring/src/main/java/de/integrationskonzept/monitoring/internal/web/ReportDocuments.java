package de.integrationskonzept.monitoring.internal.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

import de.integrationskonzept.monitoring.internal.ReportData;
import de.integrationskonzept.platform.documents.PdfDocuments;

/**
 * Renders a yearly report: the HTML (an XHTML fragment, with an SVG chart beside each indicator's table) that pages
 * embed, and the PDF through the platform's {@link PdfDocuments} (the same fragment without charts, which its renderer
 * does not draw; the tables carry the same numbers). Templates in {@code templates/monitoring/report/}.
 */
@Component
public class ReportDocuments {

	private final SpringTemplateEngine templates;
	private final PdfDocuments pdf;

	ReportDocuments(SpringTemplateEngine templates, PdfDocuments pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	public String html(ReportData data) {
		return content(ReportViews.of(data, true));
	}

	public byte[] pdf(ReportData data) {
		ReportView view = ReportViews.of(data, false);
		String xhtml = templates.process(new TemplateSpec("monitoring/report/pdf", TemplateMode.XML),
				new Context(Locale.GERMAN, Map.of("report", view, "content", content(view))));
		return pdf.render(xhtml, Locale.GERMAN, "the yearly report " + data.year());
	}

	private String content(ReportView view) {
		// HTML mode: it escapes only markup characters and keeps umlauts as they are; the template is written as well-formed XHTML.
		return templates.process(new TemplateSpec("monitoring/report/content", TemplateMode.HTML), new Context(Locale.GERMAN, Map.of("report", view)));
	}
}
