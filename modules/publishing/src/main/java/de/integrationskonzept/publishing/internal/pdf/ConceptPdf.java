package de.integrationskonzept.publishing.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/**
 * The whole published concept as one PDF: title page, table of contents with page numbers, PDF
 * bookmarks, understanding and prerequisites, Leitlinien, every Handlungsfeld with its baseline,
 * key figures, goals, sub-goals and indicators, and the measures. openhtmltopdf tags it for PDF/UA
 * and marks it PDF/A-2a (no validator such as veraPDF checks either here); it carries the document
 * title and language and embeds its only font, so it looks the same on every server. Arabic and
 * other right-to-left texts are shaped and reordered.
 */
@Component
public class ConceptPdf {

	static final String TEMPLATE = "publishing/pdf/concept";
	private static final String FONT = "DejaVu Sans";

	private final SpringTemplateEngine templates;
	private final byte[] regular = font("DejaVuSans.ttf");
	private final byte[] bold = font("DejaVuSans-Bold.ttf");
	// PDF/A requires an output intent; Java ships the sRGB profile.
	private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	public ConceptPdf(SpringTemplateEngine templates) {
		this.templates = templates;
		PdfRendererLog.install();
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
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		try {
			builder(pdfLanguage).withHtmlContent(xhtml, null).toStream(pdf).run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("rendering the concept PDF of " + tenant.slug() + " failed", e);
		}
		return pdf.toByteArray();
	}

	private PdfRendererBuilder builder(PdfLanguage language) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
		builder.useColorProfile(colorProfile);
		builder.withProducer("Integrationskonzept-Plattform");
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(TextDirection.LTR);
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(language.labelLocale()));
		builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(language.labelLocale()));
		// Everything is in the document; nothing a text might name is ever fetched.
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		return builder;
	}

	private static byte[] font(String name) {
		try {
			return new ClassPathResource("publishing/pdf/fonts/" + name).getContentAsByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the PDF font " + name + " is missing", e);
		}
	}
}
