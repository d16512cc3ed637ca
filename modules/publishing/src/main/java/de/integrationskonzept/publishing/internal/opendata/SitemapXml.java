package de.integrationskonzept.publishing.internal.opendata;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) of a tenant's public site. The pages that show the
 * published concept carry its publication time as {@code lastmod}; news, contact and the legal
 * pages change on their own schedule, and a wrong {@code lastmod} is worse than none, so they
 * carry none. Without a published edition only the pages that exist regardless are listed. Every
 * published edition, superseded ones too, has its own document page in the history.
 */
final class SitemapXml {

	static final String MEDIA_TYPE = "application/xml; charset=utf-8";
	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
	private static final List<String> OTHER_PAGES = List.of("aktuelles", "kontakt", "impressum", "datenschutz", "barrierefreiheit");

	private record Entry(String url, Instant lastModified) {
	}

	private SitemapXml() {
	}

	/** {@code all}: every published edition of the tenant (the history), newest first. */
	static String render(SiteUrls urls, Optional<PublishedEdition> current, List<PublishedEdition> all) {
		Instant published = current.map(PublishedEdition::publishedAt).orElse(null);
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(urls.home(), published));
		current.ifPresent(edition -> {
			entries.add(new Entry(urls.page("leitlinien"), published));
			for (Edition.Field field : edition.edition().fields()) {
				entries.add(new Entry(urls.field(edition.fieldSlug(field)), published));
			}
			entries.add(new Entry(urls.page("massnahmen"), published));
			entries.add(new Entry(urls.page("fassungen"), published));
		});
		all.forEach(edition -> entries.add(new Entry(urls.page("fassungen/" + edition.editionId()), edition.publishedAt())));
		entries.add(new Entry(urls.openData(), published));
		OTHER_PAGES.forEach(page -> entries.add(new Entry(urls.page(page), null)));
		return write(entries);
	}

	private static String write(List<Entry> entries) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			for (Entry entry : entries) {
				xml.writeCharacters("\n  ");
				xml.writeStartElement("url");
				element(xml, "loc", entry.url());
				if (entry.lastModified() != null) {
					element(xml, "lastmod", entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
				}
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("sitemap could not be written", e);
		}
		return out + "\n";
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
