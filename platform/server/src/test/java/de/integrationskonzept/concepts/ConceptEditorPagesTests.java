package de.integrationskonzept.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The editors' pages, signed in with a session: the demo concept is there, the structure can be
 * changed through forms, stale forms are refused with a message, and the pages are closed to
 * citizens and other tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConceptEditorPagesTests {

	private static final String WIESBADEN_2021 = "/wiesbaden/verwaltung/konzept/" + DemoIds.WIESBADEN_2021_2025;

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	/** Ids fixed in tenants/concepts/*.json. */
	static final class DemoIds {
		static final String WIESBADEN_2021_2025 = "1aa46193-781a-450a-a389-0bb67d533684";
	}

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private UserRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void editorsSeeTheDemoConceptWithItsFieldsAndResolution() throws Exception {
		assertThat(page(get("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.EDITOR))))
			.contains("Integrationskonzept 2021–2025", "veröffentlicht");
		assertThat(page(get(WIESBADEN_2021).with(as(wiesbaden, TenantRole.CONTRIBUTOR))))
			.contains("Bildung &amp; Sprache", "Arbeit", "Gesundheit", "Sport", "Vielfalt – Kultur – Religion", "Nr. 0522",
					"festgeschrieben", "Fortschreibung als neuen Entwurf anlegen")
			.doesNotContain("Ziel hinzufügen");
	}

	@Test
	void structureIsEditedThroughFormsAndStaleFormsAreRefused() throws Exception {
		MvcResult created = perform(post("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf())
			.param("title", "Integrationskonzept 2026–2030").param("periodFrom", "2026").param("periodTo", "2030"));
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/wiesbaden/verwaltung/konzept/");

		MvcResult fieldAdded = perform(post(location + "/handlungsfelder").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf())
			.param("version", "0").param("name", "Wohnen"));
		assertThat(fieldAdded.getFlashMap().get("message")).isEqualTo("Gespeichert.");
		String afterField = page(get(location).with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(afterField).contains("Wohnen");
		String fieldId = afterField.replaceAll("(?s).*name=\"field\" value=\"([0-9a-f-]{36})\".*", "$1");

		perform(post(location + "/ziele").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf()).param("version", "1")
			.param("field", fieldId).param("title", "Bezahlbaren Wohnraum für alle sichern"));
		assertThat(page(get(location).with(as(wiesbaden, TenantRole.EDITOR)))).contains("Bezahlbaren Wohnraum für alle sichern");

		String goalId = page(get(location).with(as(wiesbaden, TenantRole.EDITOR)))
			.replaceAll("(?s).*/ziele/([0-9a-f-]{36})/texte.*", "$1");
		perform(post(location + "/ziele/" + goalId + "/texte").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf()).param("version", "2")
			.param("title", "Bezahlbaren Wohnraum für alle sichern").param("titlePlain", "Alle finden eine gute Wohnung.")
			.param("titleEnglish", "Secure affordable housing for all").param("description", "Mit Wohnungsbaugesellschaften"));
		String translated = page(get(location).with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(translated).contains("Alle finden eine gute Wohnung.", "Secure affordable housing for all");

		MvcResult adopted = perform(post(location + "/vorlagen").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf()).param("version", "3")
			.param("template", "gesundheit"));
		assertThat(adopted.getFlashMap().get("message")).isEqualTo("Die Vorlage wurde als Handlungsfeld übernommen.");
		assertThat(page(get(location).with(as(wiesbaden, TenantRole.EDITOR)))).contains("Handlungsfeld aus Vorlage übernehmen", "Gesundheit");

		MvcResult stale = perform(post(location + "/ziele").with(as(wiesbaden, TenantRole.EDITOR)).with(csrf()).param("version", "1")
			.param("field", fieldId).param("title", "Veraltetes Formular").param("form", "new-goal-" + fieldId));
		assertThat(stale.getFlashMap().get("error").toString()).contains("inzwischen geändert");
		assertThat(stale.getFlashMap().get("errorForm")).isEqualTo("new-goal-" + fieldId);
		String withError = page(get(location).with(as(wiesbaden, TenantRole.EDITOR)).flashAttrs(stale.getFlashMap()));
		assertThat(withError).contains("id=\"new-goal-" + fieldId + "-error\"", "aria-describedby=\"new-goal-" + fieldId + "-error\"",
				"aria-invalid=\"true\"");
		assertThat(page(get(location).with(as(wiesbaden, TenantRole.EDITOR)))).doesNotContain("Veraltetes Formular");
	}

	@Test
	void actorsAreAddedThroughTheFormAndTheEditionShowsItsLanguageCoverage() throws Exception {
		MvcResult added = perform(post("/landkreis-boerde/verwaltung/akteure").with(as(tenants.findActiveBySlug("landkreis-boerde")
			.orElseThrow().id(), TenantRole.EDITOR)).with(csrf()).param("kind", "MIGRANTENORGANISATION")
			.param("name", "Interkultureller Verein Börde").param("fields", "Engagement, Sprachförderung"));
		assertThat(added.getFlashMap().get("message")).isEqualTo("Der Akteur wurde hinzugefügt.");
		assertThat(page(get("/landkreis-boerde/verwaltung/akteure").with(as(tenants.findActiveBySlug("landkreis-boerde")
			.orElseThrow().id(), TenantRole.CONTRIBUTOR)))).contains("Interkultureller Verein Börde", "Engagement, Sprachförderung");
		assertThat(page(get(WIESBADEN_2021).with(as(wiesbaden, TenantRole.EDITOR)))).contains("Sprachfassungen", "Einfache Sprache");
	}

	@Test
	void textsAndDetailsOfEveryPartAreEditedThroughForms() throws Exception {
		var editor = as(wiesbaden, TenantRole.EDITOR);
		String location = perform(post("/wiesbaden/verwaltung/konzept").with(editor).with(csrf())
			.param("title", "Entwurf Teilhabe 2027").param("periodFrom", "2027").param("periodTo", "2031")).getResponse().getRedirectedUrl();
		int version = 0;
		perform(post(location + "/texte").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("title", "Entwurf Teilhabe 2027–2031").param("titleEnglish", "Draft participation 2027–2031")
			.param("periodFrom", "2027").param("periodTo", "2031").param("understanding", "Integration heißt Teilhabe.")
			.param("understandingPlain", "Alle sollen mitmachen können.").param("prerequisites", "Querschnittsaufgabe aller Ämter."));
		perform(post(location + "/leitlinien").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("text", "Vielfalt ist Normalität."));
		perform(post(location + "/handlungsfelder").with(editor).with(csrf()).param("version", String.valueOf(version++)).param("name", "Gesundheit"));
		String fieldId = page(get(location).with(editor)).replaceAll("(?s).*/handlungsfelder/([0-9a-f-]{36})/kennzahlen.*", "$1");
		perform(post(location + "/handlungsfelder/" + fieldId).with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("name", "Gesundheit").param("nameEnglish", "Health").param("baseline", "Wenige Angebote in Herkunftssprachen."));
		perform(post(location + "/handlungsfelder/" + fieldId + "/kennzahlen").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("label", "Dolmetschereinsätze im Jahr").param("value", "120").param("year", "2025").param("source", "Gesundheitsamt"));
		perform(post(location + "/ziele").with(editor).with(csrf()).param("version", String.valueOf(version++)).param("field", fieldId)
			.param("title", "Gesundheitsangebote in vielen Sprachen"));
		String goalId = page(get(location).with(editor)).replaceAll("(?s).*/ziele/([0-9a-f-]{36})/indikatoren.*", "$1");
		perform(post(location + "/ziele/" + goalId + "/indikatoren").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("name", "Mehrsprachige Beratungsstunden").param("unit", "Stunden je Woche").param("baselineValue", "4")
			.param("baselineYear", "2025").param("targetValue", "12").param("targetYear", "2031").param("direction", "INCREASE"));
		perform(post(location + "/ziele/" + goalId + "/handlungsziele").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("title", "Dolmetschdienst in jeder Klinik"));
		perform(post(location + "/massnahmen").with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("title", "Sprachmittlerpool").param("goals", goalId));
		String measureId = page(get(location).with(editor)).replaceAll("(?s).*/massnahmen/([0-9a-f-]{36})/ziele.*", "$1");
		MvcResult measure = perform(post(location + "/massnahmen/" + measureId).with(editor).with(csrf()).param("version", String.valueOf(version++))
			.param("title", "Sprachmittlerpool").param("responsible", "Gesundheitsamt").param("partners", "Caritas, AWO")
			.param("periodFrom", "2027").param("periodTo", "2029").param("budget", "25000.00").param("fundingSource", "Landesprogramm")
			.param("status", "GEPLANT"));
		assertThat(measure.getFlashMap().get("message")).isEqualTo("Gespeichert.");

		String exported = perform(get(location + "/export").with(editor)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("Draft participation 2027–2031", "Alle sollen mitmachen können.", "Querschnittsaufgabe aller Ämter.",
				"Vielfalt ist Normalität.", "\"en\" : \"Health\"", "Wenige Angebote in Herkunftssprachen.", "Dolmetschereinsätze im Jahr",
				"Mehrsprachige Beratungsstunden", "Dolmetschdienst in jeder Klinik", "\"direction\" : \"INCREASE\"", "\"Caritas\", \"AWO\"", "25000.00", "Landesprogramm")
			.contains(goalId);

		MvcResult removed = perform(post(location + "/ziele/" + goalId + "/entfernen").with(editor).with(csrf())
			.param("version", String.valueOf(version++)));
		assertThat(removed.getFlashMap().get("message")).as("removal").isEqualTo("Gespeichert.");
		String withoutGoal = perform(get(location + "/export").with(editor)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(withoutGoal).doesNotContain(goalId, "Mehrsprachige Beratungsstunden").contains("Sprachmittlerpool");
		perform(post(location + "/massnahmen/" + measureId + "/entfernen").with(editor).with(csrf()).param("version", String.valueOf(version)));
		assertThat(perform(get(location + "/export").with(editor)).getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Sprachmittlerpool");
	}

	@Test
	void editorPagesUseTheTenantsOwnNamesForTheLevels() throws Exception {
		TenantId boerde = tenants.findActiveBySlug("landkreis-boerde").orElseThrow().id();
		perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/landkreis-boerde/concepts/labels")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
				.authorities(TenantAuthority.of(boerde, TenantRole.EDITOR)))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"HANDLUNGSZIEL\":{\"german\":\"Teilziel\"}}"));
		String draft = perform(post("/landkreis-boerde/verwaltung/konzept").with(as(boerde, TenantRole.EDITOR)).with(csrf())
			.param("title", "Entwurf mit eigenen Bezeichnungen").param("periodFrom", "2026").param("periodTo", "2030"))
			.getResponse().getRedirectedUrl();
		perform(post(draft + "/handlungsfelder").with(as(boerde, TenantRole.EDITOR)).with(csrf()).param("version", "0").param("name", "Engagement"));
		String fieldId = page(get(draft).with(as(boerde, TenantRole.EDITOR))).replaceAll("(?s).*name=\"field\" value=\"([0-9a-f-]{36})\".*", "$1");
		perform(post(draft + "/ziele").with(as(boerde, TenantRole.EDITOR)).with(csrf()).param("version", "1").param("field", fieldId)
			.param("title", "Ehrenamt stärken"));
		assertThat(page(get(draft).with(as(boerde, TenantRole.EDITOR)))).contains("Teilziel hinzufügen").doesNotContain("Handlungsziel hinzufügen");
	}

	@Test
	void brokenImportShowsItsProblemsAndCreatesNothing() throws Exception {
		int before = rows(page(get("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.EDITOR))));
		MvcResult rejected = perform(multipart("/wiesbaden/verwaltung/konzept/import")
			.file(new MockMultipartFile("datei", "kaputt.json", "application/json", "{\"format\":\"x\"}".getBytes()))
			.with(as(wiesbaden, TenantRole.EDITOR)).with(csrf()));
		assertThat(rejected.getFlashMap().get("problems").toString()).contains("Unbekanntes Format");
		assertThat(rows(page(get("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.EDITOR))))).isEqualTo(before);
	}

	private static int rows(String html) {
		return html.split("<tr>", -1).length - 1;
	}

	@Test
	void pagesAreClosedToCitizensOtherTenantsAndForgedForms() throws Exception {
		assertThat(perform(get("/wiesbaden/verwaltung/konzept")).getResponse().getRedirectedUrl()).endsWith("/anmelden");
		assertThat(perform(get("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(get(WIESBADEN_2021).with(as(dietzenbach, TenantRole.TENANT_ADMIN))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post("/wiesbaden/verwaltung/konzept").with(as(wiesbaden, TenantRole.EDITOR))
			.param("title", "ohne CSRF").param("periodFrom", "2026").param("periodTo", "2030")).getResponse().getStatus()).isEqualTo(403);
	}
}
