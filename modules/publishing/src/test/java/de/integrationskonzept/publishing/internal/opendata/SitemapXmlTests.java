package de.integrationskonzept.publishing.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/** sitemap.xml: well-formed sitemaps.org XML listing the tenant's public pages and each Handlungsfeld. */
class SitemapXmlTests {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
	private static final String BASE = "https://integrationskonzept.example/wiesbaden";

	private final PublishedEdition published = Fixtures.wiesbadenPublished();

	@Test
	void listsEveryFieldAndTheConceptPagesWithThePublicationTime() throws Exception {
		Map<String, String> entries = entries(SitemapXml.render(Fixtures.URLS, Optional.of(published), List.of(published)));

		for (Edition.Field field : published.edition().fields()) {
			assertThat(entries).containsEntry(BASE + "/handlungsfelder/" + published.fieldSlug(field), "2026-03-02T09:15:30Z");
		}
		assertThat(entries).containsEntry(BASE, "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/leitlinien", "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/massnahmen", "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/fassungen", "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/open-data/", "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/impressum", null)
			.containsKeys(BASE + "/aktuelles", BASE + "/kontakt", BASE + "/datenschutz", BASE + "/barrierefreiheit")
			.containsKey(BASE + "/handlungsfelder/bildung-und-sprache")
			.hasSize(11 + published.edition().fields().size());
	}

	@Test
	void everyPublishedEditionHasItsDocumentPageWithItsOwnPublicationTime() throws Exception {
		Edition older = published.edition();
		PublishedEdition superseded = new PublishedEdition(published.tenantId(), EditionId.of("5c3b1f4e-0d6a-4f0e-9a47-1f6f2b7e8c90"),
				Instant.parse("2021-06-01T10:00:00Z"), false, older);
		Map<String, String> entries = entries(SitemapXml.render(Fixtures.URLS, Optional.of(published), List.of(published, superseded)));

		assertThat(entries).containsEntry(BASE + "/fassungen/" + published.editionId(), "2026-03-02T09:15:30Z")
			.containsEntry(BASE + "/fassungen/5c3b1f4e-0d6a-4f0e-9a47-1f6f2b7e8c90", "2021-06-01T10:00:00Z");
	}

	@Test
	void withoutAPublishedEditionListsOnlyPagesThatExistAnyway() throws Exception {
		Map<String, String> entries = entries(SitemapXml.render(Fixtures.URLS, Optional.empty(), List.of()));

		assertThat(entries).containsOnlyKeys(BASE, BASE + "/open-data/", BASE + "/aktuelles", BASE + "/kontakt", BASE + "/impressum",
				BASE + "/datenschutz", BASE + "/barrierefreiheit");
		assertThat(entries.values()).containsOnlyNulls();
	}

	@Test
	void onTheTenantsOwnHostAddressesHaveNoSlug() throws Exception {
		SiteUrls ownHost = new SiteUrls("https://integration.wiesbaden.example", "");
		Map<String, String> entries = entries(SitemapXml.render(ownHost, Optional.of(published), List.of(published)));

		assertThat(entries).containsKeys("https://integration.wiesbaden.example/", "https://integration.wiesbaden.example/leitlinien",
				"https://integration.wiesbaden.example/handlungsfelder/arbeit");
		assertThat(entries.keySet()).noneMatch(url -> url.contains("/wiesbaden/"));
	}

	/** Parses strictly (namespace-aware, no DTDs) and returns loc → lastmod (null when absent), in order. */
	private static Map<String, String> entries(String xml) throws Exception {
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("urlset");
		Map<String, String> entries = new LinkedHashMap<>();
		NodeList urls = root.getElementsByTagNameNS(NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS(NAMESPACE, "lastmod");
			assertThat(entries).doesNotContainKey(loc);
			entries.put(loc, lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
		}
		return entries;
	}
}
