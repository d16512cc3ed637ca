package de.integrationskonzept.publishing.internal.news;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.integrationskonzept.platform.tenancy.Tenant;

/**
 * Writes the tenant's published news as an Atom 1.0 feed (RFC 4287) through a StAX writer, which
 * escapes every text. Ids are {@code urn:uuid:}s that never change with the host name: the
 * feed's is derived from the tenant's id, an entry's is the item's id.
 */
final class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	private AtomFeed() {
	}

	/**
	 * @param siteUrl absolute address of the tenant's site, e.g. {@code https://…/wiesbaden}
	 * @param items   published items, newest first
	 */
	static String of(Tenant tenant, String siteUrl, List<NewsItem> items, String title, Instant emptyFeedUpdated) {
		var out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", XML_NAMESPACE, "lang", "de");
			element(xml, "id", "urn:uuid:" + UUID.nameUUIDFromBytes(("publishing:news:" + tenant.id().value()).getBytes(StandardCharsets.UTF_8)));
			element(xml, "title", title);
			element(xml, "updated", timestamp(items.stream().map(NewsItem::updatedAt).max(Instant::compareTo).orElse(emptyFeedUpdated)));
			link(xml, "self", siteUrl + "/aktuelles.atom", "application/atom+xml");
			link(xml, "alternate", siteUrl + "/aktuelles", "text/html");
			xml.writeStartElement("author");
			element(xml, "name", tenant.name());
			xml.writeEndElement();
			for (NewsItem item : items) {
				entry(xml, siteUrl, item);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("could not write the Atom feed", e);
		}
		return out.toString();
	}

	private static void entry(XMLStreamWriter xml, String siteUrl, NewsItem item) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", "urn:uuid:" + item.id());
		element(xml, "title", item.title());
		element(xml, "published", timestamp(item.publishedAt()));
		element(xml, "updated", timestamp(item.updatedAt()));
		link(xml, "alternate", siteUrl + "/aktuelles/" + item.id(), "text/html");
		xml.writeStartElement("author");
		element(xml, "name", item.author());
		xml.writeEndElement();
		element(xml, "summary", item.summary());
		xml.writeStartElement("content");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(xmlSafe(item.body()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** Drops the control characters XML 1.0 does not allow at all (escaping cannot help there). */
	static String xmlSafe(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
	}

	/** RFC 3339 in UTC, whole seconds. */
	private static String timestamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
