package de.integrationskonzept.platform.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Renders XHTML (well-formed, with its CSS inline) into a PDF the same way for every module: openhtmltopdf tags it for
 * PDF/UA and marks it PDF/A-2a (no validator such as veraPDF checks either here), embeds its only font, so it looks
 * the same on every server, shapes and reorders Arabic and other right-to-left texts, and never fetches anything a
 * text might name. Templates use the font family {@link #FONT_FAMILY} (regular 400 and bold 700).
 */
@Component
public class PdfDocuments {

	/** The one embedded font (a DejaVu Sans subset, see {@code platform/documents/fonts/README.md}). */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private final byte[] regular = font("DejaVuSans.ttf");
	private final byte[] bold = font("DejaVuSans-Bold.ttf");
	// PDF/A requires an output intent; Java ships the sRGB profile.
	private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	public PdfDocuments() {
		PdfRendererLog.install();
	}

	/**
	 * @param xhtml  the whole document, e.g. a Thymeleaf template processed in XML mode
	 * @param locale the language of labels and line breaking
	 * @param what   names the document in the error if rendering fails
	 */
	public byte[] render(String xhtml, Locale locale, String what) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		try {
			builder(locale).withHtmlContent(xhtml, null).toStream(pdf).run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("rendering " + what + " failed", e);
		}
		return pdf.toByteArray();
	}

	private PdfRendererBuilder builder(Locale locale) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
		builder.useColorProfile(colorProfile);
		builder.withProducer("Integrationskonzept-Plattform");
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(TextDirection.LTR);
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
		builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
		// Everything is in the document; nothing a text might name is ever fetched.
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		return builder;
	}

	private static byte[] font(String name) {
		try {
			return new ClassPathResource("platform/documents/fonts/" + name).getContentAsByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the PDF font " + name + " is missing", e);
		}
	}
}
