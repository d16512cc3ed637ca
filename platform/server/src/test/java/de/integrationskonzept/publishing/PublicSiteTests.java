package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.publishing.internal.web.PublicPageCache;

/**
 * The public concept sites on real PostgreSQL with the demo concepts: only published snapshots
 * are public — drafts and other tenants' content never appear, not in pages and not in search.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSiteTests {

	static final String WIESBADEN_2021 = "1aa46193-781a-450a-a389-0bb67d533684";
	static final String BOERDE_DRAFT = "485983bf-1ce8-4a20-a308-3d19a1a191ff";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired PublishedEditions publishedEditions;
	@Autowired PublicPageCache pageCache;
	@Autowired ParticipationProcesses participation;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void startPageShowsThePublishedConceptWithItsFields() throws Exception {
		awaitPublished("wiesbaden");
		assertThat(page("/wiesbaden")).contains("Integrationskonzept 2021–2025", "Bildung &amp; Sprache", "Vielfalt – Kultur – Religion",
				"Stadtverordnetenversammlung", "Nr. 0522", "href=\"/wiesbaden/handlungsfelder/bildung-und-sprache\"",
				"Ihr Kontakt zu uns", "integrationskonzept.pdf");
	}

	@Test
	void fieldPageShowsBaselineGoalsIndicatorsAndMeasures() throws Exception {
		awaitPublished("wiesbaden");
		String field = page("/wiesbaden/handlungsfelder/bildung-und-sprache");
		assertThat(field).contains("<h1 lang=\"de\">Bildung &amp; Sprache</h1>", "Deutschkenntnisse vor der Einschulung verbessern",
				"Woran wir erkennen, ob das Ziel erreicht ist", "Maßnahmen zu diesem Ziel");
		assertThat(status("/wiesbaden/handlungsfelder/gibt-es-nicht")).isEqualTo(404);
		// Numbers as the page's readers write them.
		awaitPublished("duesseldorf");
		// (The 2005 edition as a whole: another test here publishes a newer one for Düsseldorf.)
		assertThat(page("/duesseldorf/fassungen/3f98fb34-c4e7-4d6e-948b-f914312ce955")).contains("585.000", "18 %");
		assertThat(page("/duesseldorf/fassungen/3f98fb34-c4e7-4d6e-948b-f914312ce955?lang=en")).contains("585,000");
	}

	@Test
	void draftsAreNeverPublic() throws Exception {
		awaitPublished("frankenthal");
		// Börde has only a draft; Frankenthal's Fortschreibung is a draft beside its published 2014 edition.
		assertThat(page("/landkreis-boerde")).contains("Das Integrationskonzept wird erarbeitet")
			.doesNotContain("Integrationskonzept des Landkreises Börde (Entwurf)", "Erwerbsleben");
		assertThat(status("/landkreis-boerde/leitlinien")).isEqualTo(404);
		assertThat(status("/landkreis-boerde/handlungsfelder/erwerbsleben")).isEqualTo(404);
		assertThat(page("/landkreis-boerde/suche?q=Bildungserfolg")).doesNotContain("Bildungserfolg von Kindern");
		assertThat(page("/frankenthal")).doesNotContain("Fortschreibung des Integrationskonzepts 2023");
		assertThat(page("/frankenthal/suche?q=Berufsausbildung")).doesNotContain("Mehr junge Zugewanderte in eine Berufsausbildung bringen");
		assertThat(page("/frankenthal/fassungen")).doesNotContain("Fortschreibung des Integrationskonzepts 2023");
	}

	@Test
	void otherTenantsContentNeverAppears() throws Exception {
		awaitPublished("wiesbaden");
		awaitPublished("dietzenbach");
		assertThat(page("/dietzenbach/suche?q=Einschulung")).doesNotContain("Deutschkenntnisse vor der Einschulung verbessern");
		assertThat(page("/wiesbaden/suche?q=Einschulung")).contains("Deutschkenntnisse vor der <mark>Einschulung</mark> verbessern");
		assertThat(status("/dietzenbach/handlungsfelder/bildung-und-sprache")).isEqualTo(404);
		assertThat(status("/dietzenbach/fassungen/" + WIESBADEN_2021)).isEqualTo(404);
		assertThat(page("/wiesbaden/fassungen/" + WIESBADEN_2021)).contains("Deutschkenntnisse vor der Einschulung verbessern");
	}

	@Test
	void searchHighlightsStemmedMatchesAndEscapesWhatItShows() throws Exception {
		awaitPublished("wiesbaden");
		// German stemming: the singular finds the plural.
		assertThat(page("/wiesbaden/suche?q=Deutschkenntnis")).contains("<mark>Deutschkenntnisse</mark>");
		String hostile = page("/wiesbaden/suche?q=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page("/wiesbaden/suche?q=" + "x".repeat(201))).contains("höchstens 200 Zeichen");
		// Searching in English also finds what is not translated yet (Dietzenbach has English texts, not for this goal).
		awaitPublished("dietzenbach");
		assertThat(page("/dietzenbach/suche?q=Vereine&lang=en")).contains("<mark>Vereine</mark> und Initiativen besser vernetzen");
	}

	@Test
	void languagesFollowTheTextsAndFallBackToGermanWithTheirOwnLang() throws Exception {
		awaitPublished("wiesbaden");
		String english = page("/wiesbaden?lang=en");
		assertThat(english).contains("<html dir=\"ltr\" lang=\"en\">", "Integration Strategy 2021–2025", "Fields of action");
		String plain = page("/dietzenbach?lang=de-simple");
		assertThat(plain).contains("<html dir=\"ltr\" lang=\"de\">", "Das Integrationskonzept von Dietzenbach");
		String arabic = page("/wiesbaden?lang=ar");
		// No Arabic texts in the demo: the page is right-to-left, the German fallbacks say they are German.
		assertThat(arabic).contains("<html dir=\"rtl\" lang=\"ar\">", "<span lang=\"de\">Integrationskonzept 2021–2025</span>");
	}

	@Test
	void publishingAnEditionReplacesThePublicConceptAndKeepsTheOldOneInTheHistory() throws Exception {
		TenantId duesseldorf = tenants.findActiveBySlug("duesseldorf").orElseThrow().id();
		awaitPublished("duesseldorf");
		assertThat(page("/duesseldorf")).contains("Gesamtstädtisches Integrationskonzept");

		Edition draft = asEditorOf(duesseldorf, () -> editions.importJson(TestEditions.fresh()));
		String draftTitle = draft.title().german();
		assertThat(page("/duesseldorf")).doesNotContain(draftTitle);
		Edition published = asEditorOf(duesseldorf, () -> {
			Edition submitted = editions.changeStatus(draft.id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, null, draft.version());
			Edition adopted = editions.changeStatus(draft.id(), EditionStatus.BESCHLOSSEN,
					new Resolution("Rat der Landeshauptstadt Düsseldorf", "0815/2026", LocalDate.of(2026, 11, 5), null, null), submitted.version());
			return editions.changeStatus(draft.id(), EditionStatus.VEROEFFENTLICHT, null, adopted.version());
		});

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("/duesseldorf")).contains(draftTitle));
		assertThat(page("/duesseldorf/fassungen")).contains(draftTitle, "Gesamtstädtisches Integrationskonzept", "abgelöst", "0815/2026");
		assertThat(page("/duesseldorf/fassungen/" + published.id().value())).contains(draftTitle);
	}

	@Test
	void anonymousPagesAreServedFromTheCacheWithValidators() throws Exception {
		awaitPublished("frankenthal");
		var first = mvc.perform(request("/frankenthal/leitlinien")).andReturn().getResponse();
		var second = mvc.perform(request("/frankenthal/leitlinien")).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
		assertThat(second.getHeader("ETag")).isNotBlank().isEqualTo(first.getHeader("ETag"));
		assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(second.getHeader("Last-Modified")).isNotBlank();
		assertThat(second.getHeader("Content-Security-Policy")).as("security headers are replayed").contains("default-src 'self'");
		assertThat(second.getHeader("Pragma")).isNull();
		assertThat(mvc.perform(request("/frankenthal/leitlinien").header("If-None-Match", first.getHeader("ETag")))
			.andReturn().getResponse().getStatus()).isEqualTo(304);
		assertThat(pageCache.size()).isPositive();
		// Signed-in visitors (their browser sends the session cookie) get a fresh page of their own, and it is not kept.
		var staff = mvc.perform(request("/frankenthal").cookie(new jakarta.servlet.http.Cookie("SESSION", "signed-in"))
				.with(staffOf(tenants.findActiveBySlug("frankenthal").orElseThrow().id())))
			.andReturn().getResponse();
		assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).contains("Integrationskonzept bearbeiten");
		assertThat(staff.getHeader("Cache-Control")).doesNotContain("public");
		assertThat(page("/frankenthal")).doesNotContain("Integrationskonzept bearbeiten");
	}

	@Test
	void cachedPagesFollowAChangeOfTheContactOfficeAnnouncedByTheDatabase() throws Exception {
		TenantId frankenthal = tenants.findActiveBySlug("frankenthal").orElseThrow().id();
		awaitPublished("frankenthal");
		var original = tenantScope.callAs(frankenthal, () -> tenants.currentContactOffice().orElseThrow());
		var moved = new de.integrationskonzept.platform.tenancy.ContactOffice("Büro für Integration " + java.util.UUID.randomUUID(),
				null, "Rathausplatz 2", "67227", "Frankenthal (Pfalz)", null, null, null, null, null);
		assertThat(page("/frankenthal")).as("now in the page cache").doesNotContain(moved.name());
		try {
			// No application event: only PostgreSQL's NOTIFY tells the page cache (as it tells every instance).
			asRoleOf(frankenthal, TenantRole.TENANT_ADMIN, () -> tenants.updateContactOffice(moved));
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/frankenthal")).contains(moved.name()));
		}
		finally {
			asRoleOf(frankenthal, TenantRole.TENANT_ADMIN, () -> tenants.updateContactOffice(original));
		}
	}

	@Test
	void startPageAnnouncesOpenParticipationWithItsDeadline() throws Exception {
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		awaitPublished("wiesbaden");
		var today = ParticipationProcess.today();
		assertThat(page("/wiesbaden")).as("now in the page cache").doesNotContain("Ideen für das Zusammenleben");
		String title = "Ideen für das Zusammenleben " + java.util.UUID.randomUUID();
		String closed = "Abgeschlossene Befragung " + java.util.UUID.randomUUID();
		asRoleOf(wiesbaden, TenantRole.EDITOR, () -> {
			participation.create(new ParticipationProcesses.NewProcess(WIESBADEN_2021, title, "Was brauchen Nachbarschaften?",
					List.of(new Phase(PhaseKind.IDEENSAMMLUNG, today.minusDays(2), today.plusDays(10)))));
			return participation.create(new ParticipationProcesses.NewProcess(WIESBADEN_2021, closed, "Vorbei.",
					List.of(new Phase(PhaseKind.IDEENSAMMLUNG, today.minusDays(30), today.minusDays(5)))));
		});
		String deadline = "Ideensammlung bis " + today.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		// The participation module's tables notify every instance; the cached start page follows.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/wiesbaden")).contains(title, deadline));
		assertThat(page("/wiesbaden")).doesNotContain(closed);
	}

	@Test
	void widgetMayBeFramedByOtherSitesWhileSitePagesMayNot() throws Exception {
		awaitPublished("wiesbaden");
		var widget = mvc.perform(request("/wiesbaden/widget/handlungsfelder/bildung-und-sprache")).andReturn().getResponse();
		assertThat(widget.getStatus()).isEqualTo(200);
		assertThat(widget.getContentAsString(StandardCharsets.UTF_8)).contains("Deutschkenntnisse vor der Einschulung verbessern", "target=\"_blank\"")
			.doesNotContain("site-header");
		assertThat(widget.getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(widget.getHeader("X-Frame-Options")).isNull();
		var field = mvc.perform(request("/wiesbaden/handlungsfelder/bildung-und-sprache")).andReturn().getResponse();
		assertThat(field.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(field.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(status("/dietzenbach/widget/handlungsfelder/bildung-und-sprache")).isEqualTo(404);
	}

	@Test
	void thePublishedConceptIsAPdfThatContainsItsFieldsAndGoals() throws Exception {
		awaitPublished("wiesbaden");
		var response = mvc.perform(request("/wiesbaden/integrationskonzept.pdf")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("integrationskonzept-wiesbaden-2021-2025.pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Bildung & Sprache", "Deutschkenntnisse vor der Einschulung verbessern");
		}
		// Only what is published: Börde has a draft only, and no PDF.
		assertThat(status("/landkreis-boerde/integrationskonzept.pdf")).isEqualTo(404);
	}

	@Test
	void previewShowsADraftToTheTenantsStaffOnly() throws Exception {
		TenantId boerde = tenants.findActiveBySlug("landkreis-boerde").orElseThrow().id();
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		String draftId = BOERDE_DRAFT;
		String preview = "/landkreis-boerde/verwaltung/konzept/" + draftId + "/vorschau";

		assertThat(mvc.perform(get(preview)).andReturn().getResponse().getStatus()).isEqualTo(302);
		String page = body(mvc.perform(get(preview).with(staffOf(boerde))).andReturn());
		assertThat(page).contains("Vorschau", "Integrationskonzept des Landkreises Börde (Entwurf)", "noindex",
				"/landkreis-boerde/verwaltung/konzept/" + draftId + "/vorschau/handlungsfelder/erwerbsleben");
		assertThat(body(mvc.perform(get(preview + "/handlungsfelder/erwerbsleben").with(staffOf(boerde))).andReturn()))
			.contains("<h1 lang=\"de\">Erwerbsleben</h1>");
		assertThat(mvc.perform(get(preview).with(staffOf(wiesbaden))).andReturn().getResponse().getStatus()).isIn(403, 404);
	}

	private void awaitPublished(String slug) {
		TenantId tenant = tenants.findActiveBySlug(slug).orElseThrow().id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> tenantScope.callAs(tenant, () -> publishedEditions.current().isPresent()));
	}

	private <T> T asEditorOf(TenantId tenant, java.util.function.Supplier<T> work) {
		return asRoleOf(tenant, TenantRole.EDITOR, work);
	}

	private <T> T asRoleOf(TenantId tenant, TenantRole role, java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("editor", null,
				List.of(TenantAuthority.of(tenant, role))));
		try {
			return tenantScope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staffOf(TenantId tenant) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant, TenantRole.CONTRIBUTOR));
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(request(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return body(result);
	}

	private int status(String path) throws Exception {
		return mvc.perform(request(path)).andReturn().getResponse().getStatus();
	}

	private static MockHttpServletRequestBuilder request(String path) {
		return get(java.net.URI.create(path));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
