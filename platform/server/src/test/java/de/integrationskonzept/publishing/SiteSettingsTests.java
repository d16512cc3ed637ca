package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.SiteContentChanged;

/**
 * The tenant administrators' settings of the public site: accent colour (readable on white),
 * logo (small PNG/JPEG with alternative text), Impressum, Datenschutz and the accessibility
 * statement, which falls back to the platform's own when the tenant has none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SiteSettingsTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired ApplicationEvents events;

	private UserRequestPostProcessor as(String slug, TenantRole role) {
		return user("verwaltung@demo.invalid").authorities(TenantAuthority.of(tenants.findActiveBySlug(slug).orElseThrow().id(), role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String body(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The settings form as the administrator would send it, with the version the form shows now. */
	private MockMultipartHttpServletRequestBuilder form(String slug) throws Exception {
		String page = body(get("/" + slug + "/verwaltung/auftritt").with(as(slug, TenantRole.TENANT_ADMIN)));
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		var form = multipart("/" + slug + "/verwaltung/auftritt");
		form.with(as(slug, TenantRole.TENANT_ADMIN)).with(csrf()).param("version", version);
		return form;
	}

	private static byte[] png(int width, int height) throws Exception {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x0b4f9c);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void accentColourBelowFourAndAHalfToOneAgainstWhiteIsRefused() throws Exception {
		MvcResult refused = perform(form("frankenthal").param("accentColour", "#777777").param("impressum", "Soll nicht gespeichert werden"));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#accentColour\"", "id=\"accentColour-error\"",
					"Die Farbe #777777 hat auf Weiß nur ein Kontrastverhältnis von 4,4:1", "mindestens 4,5:1");
		assertThat(body(get("/frankenthal/akzent.css"))).doesNotContain("#777777");
		assertThat(body(get("/frankenthal/impressum"))).doesNotContain("Soll nicht gespeichert werden");

		events.clear();
		MvcResult saved = perform(form("frankenthal").param("accentColour", "#767676"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/frankenthal/verwaltung/auftritt");
		assertThat(body(get("/frankenthal/akzent.css"))).contains("--accent: #767676;");
		assertThat(events.stream(SiteContentChanged.class)).hasSize(1);
	}

	@Test
	void logoMustBeASmallPngOrJpegWithAlternativeText() throws Exception {
		byte[] tooLarge = Arrays.copyOf(png(10, 10), 250 * 1024);
		MvcResult large = perform(form("duesseldorf").file(new MockMultipartFile("logo", "logo.png", "image/png", tooLarge))
			.param("logoAlt", "Stadtwappen"));
		assertThat(large.getResponse().getStatus()).isEqualTo(422);
		assertThat(large.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"logo-error\"", "Die Datei ist größer als 200 KB", "Bitte wählen Sie die Logo-Datei erneut aus");
		assertThat(perform(get("/duesseldorf/logo")).getResponse().getStatus()).isEqualTo(404);

		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
		assertThat(perform(form("duesseldorf").file(new MockMultipartFile("logo", "logo.png", "image/png", svg)).param("logoAlt", "Wappen"))
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("SVG-Dateien werden aus Sicherheitsgründen nicht angenommen");

		byte[] logo = png(120, 60);
		MvcResult withoutAlt = perform(form("duesseldorf").file(new MockMultipartFile("logo", "logo.png", "image/png", logo)));
		assertThat(withoutAlt.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"logoAlt-error\"");

		MvcResult saved = perform(form("duesseldorf").file(new MockMultipartFile("logo", "wappen.png", "application/octet-stream", logo))
			.param("logoAlt", "Wappen der Landeshauptstadt Düsseldorf"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/duesseldorf/verwaltung/auftritt");
		MvcResult served = perform(get("/duesseldorf/logo"));
		assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(logo);
		assertThat(body(get("/duesseldorf/kontakt"))).contains("src=\"/duesseldorf/logo\"", "alt=\"Wappen der Landeshauptstadt Düsseldorf\"");

		perform(form("duesseldorf").param("removeLogo", "true").param("logoAlt", "Wappen der Landeshauptstadt Düsseldorf"));
		assertThat(perform(get("/duesseldorf/logo")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void legalTextsArePlainTextParagraphsNeverHtml() throws Exception {
		perform(form("frankenthal").param("impressum", "Stadtverwaltung Frankenthal (Pfalz)\r\nRathausplatz 2-7\r\n\r\n<script>alert('x')</script>")
			.param("datenschutz", "Verantwortlich ist die Stadtverwaltung."));

		String impressum = body(get("/frankenthal/impressum"));
		assertThat(impressum).contains("Stadtverwaltung Frankenthal (Pfalz)<br>Rathausplatz 2-7", "&lt;script&gt;alert(")
			.doesNotContain("<script>alert");
		assertThat(body(get("/frankenthal/datenschutz"))).contains("Verantwortlich ist die Stadtverwaltung.", "Kontaktformular",
				"180 Tage");
	}

	@Test
	void accessibilityStatementFallsBackToThePlatformAndTheContactOffice() throws Exception {
		String statement = body(get("/landkreis-boerde/barrierefreiheit"));
		assertThat(statement).contains("Erklärung zur Barrierefreiheit", "Landkreis Börde", "teilweise vereinbar",
				"Selbstbewertung", "Sachsen-Anhalt", "href=\"/landkreis-boerde/kontakt\"");

		MvcResult incomplete = perform(form("landkreis-boerde").param("a11yStatus", "TEILWEISE"));
		assertThat(incomplete.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"a11yStatementDate-error\"", "id=\"a11yBarriers-error\"");

		perform(form("landkreis-boerde").param("a11yStatus", "TEILWEISE").param("a11yStatementDate", "2026-09-01")
			.param("a11yBarriers", "Die Karte der Beratungsstellen ist nicht per Tastatur bedienbar.")
			.param("a11yEnforcementUrl", "https://schlichtung.example.org/sachsen-anhalt"));
		String own = body(get("/landkreis-boerde/barrierefreiheit"));
		assertThat(own).contains("teilweise vereinbar", "01.09.2026", "Die Karte der Beratungsstellen ist nicht per Tastatur bedienbar.",
				"href=\"https://schlichtung.example.org/sachsen-anhalt\"").doesNotContain("Selbstbewertung");
	}

	@Test
	void onlyTenantAdministratorsChangeTheSettings() throws Exception {
		assertThat(perform(get("/wiesbaden/verwaltung/auftritt").with(as("wiesbaden", TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(multipart("/wiesbaden/verwaltung/auftritt").with(as("wiesbaden", TenantRole.EDITOR)).with(csrf())
			.param("version", "0").param("accentColour", "#000000")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/wiesbaden/verwaltung/auftritt").with(as("frankenthal", TenantRole.TENANT_ADMIN))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(body(get("/wiesbaden/akzent.css"))).doesNotContain("#000000");
	}
}
