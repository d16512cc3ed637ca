package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * The documentation of a workshop: editors write the results and upload photos and files
 * (checked for size, type and content; a refused file stores nothing); the public page shows the
 * photos; downloads carry safe headers and stay within their municipality.
 */
class WorkshopDocumentationTests extends MailingSystemTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired ParticipationProcesses processes;
	@Autowired Workshops workshops;
	@Autowired Attachments attachments;
	private TenantId wiesbaden;
	private ParticipationProcess process;
	private Workshop workshop;

	@BeforeEach
	void setUp() {
		wiesbaden = tenant("wiesbaden");
		process = TestWorkshops.process(processes, tenantScope, wiesbaden);
		workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, -3, 20);
	}

	private static UserRequestPostProcessor editorOf(TenantId tenant) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant, TenantRole.EDITOR));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String staff() {
		return "/wiesbaden/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id();
	}

	private String publicPage(String slug) {
		return "/" + slug + "/beteiligung/" + process.id() + "/workshops/" + workshop.id();
	}

	private MvcResult upload(MockMultipartFile file, String caption) throws Exception {
		return perform(multipart(staff() + "/dateien").file(file).param("caption", caption).with(editorOf(wiesbaden)).with(csrf()));
	}

	private int storedFiles() {
		return inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from participation.attachment where owner_id = ?", Integer.class,
				workshop.id()));
	}

	@Test
	void refusedFilesStoreNothingAndTheFormSaysWhy() throws Exception {
		byte[] tooLarge = new byte[(int) attachments.maxBytes() + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);

		MvcResult large = upload(new MockMultipartFile("file", "protokoll.pdf", "application/pdf", tooLarge), "");
		MvcResult program = upload(new MockMultipartFile("file", "setup.exe", "application/x-msdownload", new byte[] { 'M', 'Z', 0, 0 }), "");
		MvcResult disguised = upload(new MockMultipartFile("file", "foto.png", "image/png",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "Ein Foto");
		MvcResult withoutAlt = upload(new MockMultipartFile("file", "foto.png", "image/png", PNG), " ");

		assertThat(Arrays.asList(large, program, disguised, withoutAlt)).allSatisfy(result -> assertThat(result.getResponse().getStatus())
			.isEqualTo(422));
		assertThat(html(large)).contains("Die Datei ist zu groß", "höchstens 10,0 MB", "aria-invalid=\"true\"");
		assertThat(html(program)).contains("Dieser Dateityp ist nicht erlaubt");
		assertThat(html(disguised)).contains("Inhalt passt nicht zum Dateityp");
		assertThat(html(withoutAlt)).contains("Alternativtext", "href=\"#caption\"");
		assertThat(storedFiles()).isZero();
	}

	@Test
	void theDocumentationPageShowsResultsAndPhotosAndDownloadsAreSafe() throws Exception {
		assertThat(html(perform(get(publicPage("wiesbaden") + "/dokumentation")))).contains("werden nach dem Termin hier veröffentlicht");
		perform(post(staff() + "/dokumentation").with(editorOf(wiesbaden)).with(csrf())
			.param("documentation", "Drei Ideen für Ausbildungspatenschaften.\n\nNächster Schritt: Gespräch mit der IHK."));
		assertThat(upload(new MockMultipartFile("file", "gruppe.png", "image/png", PNG), "Teilnehmende an Stellwänden").getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(upload(new MockMultipartFile("file", "../../etc/<b>ergebnis\"\r\nX-Evil: 1.txt", "text/plain",
				"Ergebnisse".getBytes(StandardCharsets.UTF_8)), "").getResponse().getStatus()).isEqualTo(302);
		var files = inTenant(wiesbaden, () -> workshops.files(process.id(), workshop.id()));
		UUID photo = files.stream().filter(Workshops.DocumentationFile::isImage).findFirst().orElseThrow().id();
		UUID text = files.stream().filter(file -> !file.isImage()).findFirst().orElseThrow().id();

		String page = html(perform(get(publicPage("wiesbaden") + "/dokumentation")));
		assertThat(page).contains("Drei Ideen für Ausbildungspatenschaften.</p>", "<p>Nächster Schritt: Gespräch mit der IHK.</p>",
				"src=\"" + publicPage("wiesbaden") + "/dateien/" + photo + "\"", "alt=\"Teilnehmende an Stellwänden\"");
		assertThat(html(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops")))).contains("Dokumentation lesen");

		MvcResult image = perform(get(publicPage("wiesbaden") + "/dateien/" + photo));
		assertThat(image.getResponse().getStatus()).isEqualTo(200);
		assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(image.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		assertThat(image.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(PNG);

		MvcResult download = perform(get(publicPage("wiesbaden") + "/dateien/" + text));
		assertThat(download.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment").contains("ergebnis").doesNotContain("/", "..", "<", "\r", "\n");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void filesCannotBeDownloadedThroughAnotherMunicipalityOrAnotherWorkshop() throws Exception {
		upload(new MockMultipartFile("file", "gruppe.png", "image/png", PNG), "Gruppenfoto");
		UUID photo = inTenant(wiesbaden, () -> workshops.files(process.id(), workshop.id())).getFirst().id();
		Workshop other = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 10, 5);
		TenantId dietzenbach = tenant("dietzenbach");

		assertThat(perform(get(publicPage("wiesbaden") + "/dateien/" + photo)).getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(get(publicPage("dietzenbach") + "/dateien/" + photo)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(publicPage("dietzenbach") + "/dateien/" + photo).with(editorOf(dietzenbach))).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops/" + other.id() + "/dateien/" + photo)).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(inTenant(dietzenbach, () -> attachments.load(Attachments.WORKSHOP, workshop.id(), photo))).isEmpty();
		assertThat(perform(multipart("/dietzenbach/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id() + "/dateien")
			.file(new MockMultipartFile("file", "fremd.png", "image/png", PNG)).param("caption", "Fremd").with(editorOf(dietzenbach))
			.with(csrf())).getResponse().getStatus()).isEqualTo(404);
		assertThat(storedFiles()).isEqualTo(1);
	}
}
