package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.SiteContentChanged;

/**
 * Aktuelles: editors write drafts and publish them; only published items of the tenant appear in
 * the public list, on their own page and in the Atom feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NewsTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired ApplicationEvents events;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private UserRequestPostProcessor as(String slug, TenantRole role) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant(slug), role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String body(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Writes a draft through the editors' form and answers its id. */
	private String draft(String slug, String title, String body) throws Exception {
		MvcResult created = perform(post("/" + slug + "/verwaltung/aktuelles/neu").with(as(slug, TenantRole.EDITOR)).with(csrf())
			.param("title", title).param("summary", "Kurz: " + title).param("body", body).param("author", "Stabsstelle Integration"));
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as("redirect after saving").startsWith("/" + slug + "/verwaltung/aktuelles/");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private int version(String slug, String id) throws Exception {
		String form = body(get("/" + slug + "/verwaltung/aktuelles/" + id).with(as(slug, TenantRole.EDITOR)));
		return Integer.parseInt(form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"));
	}

	private void publish(String slug, String id) throws Exception {
		MvcResult published = perform(post("/" + slug + "/verwaltung/aktuelles/" + id + "/veroeffentlichen").with(as(slug, TenantRole.EDITOR))
			.with(csrf()).param("version", String.valueOf(version(slug, id))));
		assertThat(published.getFlashMap().get("message")).isEqualTo("news.published");
	}

	@Test
	void draftIsInNeitherListNorFeedNorOwnPageUntilPublishedAndAfterWithdrawal() throws Exception {
		String title = "Sprachcafé startet " + UUID.randomUUID();
		String id = draft("wiesbaden", title, "Jeden Dienstag im Rathaus.\n\nAlle sind willkommen.\nEintritt frei.");

		assertThat(body(get("/wiesbaden"))).doesNotContain(title);
		MvcResult before = perform(get("/wiesbaden/aktuelles"));
		assertThat(before.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title);
		assertThat(before.getResponse().getHeader("ETag")).as("kept by the public page cache").isNotNull();
		assertThat(body(get("/wiesbaden/aktuelles.atom"))).doesNotContain(title);
		assertThat(perform(get("/wiesbaden/aktuelles/" + id)).getResponse().getStatus()).isEqualTo(404);

		events.clear();
		publish("wiesbaden", id);
		assertThat(events.stream(SiteContentChanged.class)).containsExactly(new SiteContentChanged(tenant("wiesbaden")));
		assertThat(body(get("/wiesbaden/aktuelles"))).contains(title, "Kurz: " + title);
		assertThat(body(get("/wiesbaden"))).as("the start page shows the latest news").contains(title);
		String page = body(get("/wiesbaden/aktuelles/" + id));
		assertThat(page).contains(title, "Jeden Dienstag im Rathaus.", "Alle sind willkommen.<br>Eintritt frei.");
		assertThat(body(get("/wiesbaden/aktuelles.atom"))).contains(title);

		perform(post("/wiesbaden/verwaltung/aktuelles/" + id + "/zurueckziehen").with(as("wiesbaden", TenantRole.EDITOR)).with(csrf())
			.param("version", String.valueOf(version("wiesbaden", id))));
		assertThat(perform(get("/wiesbaden/aktuelles/" + id)).getResponse().getStatus()).isEqualTo(404);
		assertThat(body(get("/wiesbaden/aktuelles"))).doesNotContain(title);
		assertThat(body(get("/wiesbaden"))).doesNotContain(title);
	}

	@Test
	void anotherTenantsNewsNeverAppear() throws Exception {
		String title = "Nur für Frankenthal " + UUID.randomUUID();
		String id = draft("frankenthal", title, "Workshop zur Fortschreibung.");
		publish("frankenthal", id);

		assertThat(perform(get("/dietzenbach/aktuelles/" + id)).getResponse().getStatus()).isEqualTo(404);
		assertThat(body(get("/dietzenbach/aktuelles"))).doesNotContain(title);
		assertThat(body(get("/dietzenbach/aktuelles.atom"))).doesNotContain(title);
		assertThat(perform(get("/dietzenbach/verwaltung/aktuelles/" + id).with(as("dietzenbach", TenantRole.EDITOR))).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(perform(post("/frankenthal/verwaltung/aktuelles/" + id + "/zurueckziehen").with(as("dietzenbach", TenantRole.TENANT_ADMIN))
			.with(csrf()).param("version", "1")).getResponse().getStatus()).isEqualTo(403);
		assertThat(body(get("/frankenthal/aktuelles/" + id))).contains(title);
	}

	@Test
	void feedIsWellFormedAtomWithPublishedEntriesOnly() throws Exception {
		String published = "Fest der Kulturen <am Markt> & mehr " + UUID.randomUUID();
		String draft = "Noch nicht fertig " + UUID.randomUUID();
		String id = draft("landkreis-boerde", published, "Programm mit Musik & Tanz.\n\nAlle sind eingeladen.");
		publish("landkreis-boerde", id);
		draft("landkreis-boerde", draft, "Entwurf.");

		MvcResult result = perform(get("/landkreis-boerde/aktuelles.atom"));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		Document feed = parse(result.getResponse().getContentAsByteArray());

		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(child(root, "id")).startsWith("urn:uuid:");
		assertThat(Instant.parse(child(root, "updated"))).isBefore(Instant.now().plusSeconds(1));
		assertThat(child(root, "title")).isEqualTo("Aktuelles – Landkreis Börde");
		assertThat(links(root)).contains("self http://localhost/landkreis-boerde/aktuelles.atom",
				"alternate http://localhost/landkreis-boerde/aktuelles");

		List<Element> entries = elements(root, "entry");
		assertThat(entries).isNotEmpty().allSatisfy(entry -> {
			assertThat(child(entry, "id")).matches("urn:uuid:[0-9a-f-]{36}");
			assertThat(child(entry, "title")).isNotBlank();
			assertThat(Instant.parse(child(entry, "updated"))).isNotNull();
			assertThat(child(entry, "summary")).isNotBlank();
			assertThat(elements(entry, "content").getFirst().getAttribute("type")).isEqualTo("text");
			assertThat(links(entry)).anyMatch(link -> link.startsWith("alternate http://localhost/landkreis-boerde/aktuelles/"));
		});
		assertThat(entries).extracting(entry -> child(entry, "title")).contains(published).doesNotContain(draft);
		Element ours = entries.stream().filter(entry -> child(entry, "id").equals("urn:uuid:" + id)).findFirst().orElseThrow();
		assertThat(child(ours, "content")).isEqualTo("Programm mit Musik & Tanz.\n\nAlle sind eingeladen.");
		assertThat(body(get("/landkreis-boerde/aktuelles"))).contains("Fest der Kulturen &lt;am Markt&gt; &amp; mehr");
	}

	@Test
	void onlyEditorsWriteNewsAndRefusedInputIsShownAtTheFields() throws Exception {
		assertThat(perform(get("/duesseldorf/verwaltung/aktuelles")).getResponse().getRedirectedUrl()).endsWith("/anmelden");
		assertThat(perform(get("/duesseldorf/verwaltung/aktuelles").with(as("duesseldorf", TenantRole.CONTRIBUTOR))).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(post("/duesseldorf/verwaltung/aktuelles/neu").with(as("duesseldorf", TenantRole.CONTRIBUTOR)).with(csrf())
			.param("title", "Von außen").param("summary", "x").param("body", "x").param("author", "x")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(post("/duesseldorf/verwaltung/aktuelles/neu").with(as("duesseldorf", TenantRole.EDITOR))
			.param("title", "Ohne CSRF").param("summary", "x").param("body", "x").param("author", "x")).getResponse().getStatus())
			.isEqualTo(403);

		int before = rows(body(get("/duesseldorf/verwaltung/aktuelles").with(as("duesseldorf", TenantRole.EDITOR))));
		MvcResult refused = perform(post("/duesseldorf/verwaltung/aktuelles/neu").with(as("duesseldorf", TenantRole.EDITOR)).with(csrf())
			.param("title", "").param("summary", "Kurz").param("body", "Text").param("author", "Fachstelle"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#title\"", "id=\"title-error\"", "aria-invalid=\"true\"",
					"Bitte füllen Sie dieses Feld aus.");
		assertThat(rows(body(get("/duesseldorf/verwaltung/aktuelles").with(as("duesseldorf", TenantRole.EDITOR))))).isEqualTo(before);
	}

	private static int rows(String html) {
		return html.split("<tr>", -1).length - 1;
	}

	private static Document parse(byte[] xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> elements(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static String child(Element parent, String name) {
		List<Element> found = elements(parent, name);
		assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
		return found.getFirst().getTextContent();
	}

	private static List<String> links(Element parent) {
		return elements(parent, "link").stream().map(link -> link.getAttribute("rel") + " " + link.getAttribute("href")).toList();
	}
}
