package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.pdf.ConceptPdf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The concept PDF of every demo concept ({@code tenants/concepts/*.json}), read back with PDFBox:
 * all Handlungsfelder and goals are in its text and its bookmarks, it is tagged, titled and says
 * its language, and its fonts are embedded. Other languages, right-to-left text and markup in
 * texts are rendered as well.
 */
@SpringBootTest
class ConceptPdfTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Instant PUBLISHED = Instant.parse("2026-03-02T09:30:00Z");

	@Autowired ConceptPdf conceptPdf;
	@Autowired ConceptEditions editions;
	@Autowired Tenants tenants;

	static Stream<String> seedConcepts() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:tenants/concepts/*.json"))
			.map(Resource::getFilename).sorted();
	}

	@ParameterizedTest
	@MethodSource("seedConcepts")
	void everySeedConceptBecomesATaggedPdfWithAllFieldsAndGoals(String file) throws IOException {
		ObjectNode json = seed(file);
		Edition edition = editions.readJson(json.toString());
		Tenant tenant = tenants.findActiveBySlug(json.get("tenant").asString()).orElseThrow();

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), null))) {
			String text = text(pdf);
			assertThat(text).contains(words(tenant.name()), words(edition.title().german()));
			for (Edition.Field field : edition.fields()) {
				assertThat(text).as("field name").contains(words(field.name().german()));
			}
			edition.allGoals().forEach(goal -> assertThat(text).as("goal title").contains(words(goal.title().german())));
			edition.measures().forEach(measure -> assertThat(text).as("measure").contains(words(measure.title().german())));

			List<String> bookmarks = bookmarks(pdf.getDocumentCatalog().getDocumentOutline());
			for (Edition.Field field : edition.fields()) {
				assertThat(bookmarks).as("bookmarks").anySatisfy(bookmark -> assertThat(bookmark).endsWith(field.name().german()));
			}
			assertThat(bookmarks).contains("Inhalt", "Handlungsfelder");

			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(edition.title().german());
			assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata (PDF/A)").isNotNull();
			assertEveryFontIsEmbedded(pdf);
		}
	}

	@Test
	void tableOfContentsGivesThePageOfEveryField() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("wiesbaden").orElseThrow();
		Edition edition = editions.readJson(seed("wiesbaden-2021-2025.json").toString());

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), "de"))) {
			String contents = text(pdf, 2, 2);
			assertThat(contents).contains("Inhalt");
			for (int i = 0; i < edition.fields().size(); i++) {
				String name = words(edition.fields().get(i).name().german());
				String page = contents.replaceAll(".*\\Q" + (i + 1) + " " + name + "\\E[ .]*(\\d+).*", "$1");
				assertThat(page).as("page of %s in the table of contents", name).matches("\\d+");
				assertThat(text(pdf, Integer.parseInt(page), Integer.parseInt(page))).contains(name);
			}
		}
	}

	@Test
	void arabicTextsAreShapedRightToLeftAndMarkedAsArabic() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("wiesbaden").orElseThrow();
		ObjectNode json = seed("wiesbaden-2021-2025.json");
		String fieldName = "التعليم واللغة";
		String goalTitle = "تعلم اللغة الألمانية مبكرا";
		((ObjectNode) json.get("fields").get(0).get("name")).put("ar", fieldName);
		((ObjectNode) json.get("fields").get(0).get("goals").get(0).get("title")).put("ar", goalTitle);
		Edition edition = editions.readJson(json.toString());

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), "ar"))) {
			String text = text(pdf);
			assertThat(text).contains(fieldName, goalTitle).doesNotContain("#");
			assertThat(text).as("the German fallback of the second field")
				.contains(words(edition.fields().get(1).name().german()));
			assertThat(languages(pdf.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>())).contains("ar");
			assertEveryFontIsEmbedded(pdf);
		}
	}

	@Test
	void englishPdfTakesTheEnglishTextsAndMarksGermanFallbacks() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("wiesbaden").orElseThrow();
		Edition edition = editions.readJson(seed("wiesbaden-2021-2025.json").toString());
		Edition.Field english = edition.fields().stream().filter(field -> field.name().has("en")).findFirst().orElseThrow();

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), "en"))) {
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(text(pdf)).contains("Contents", "Fields of action", words(english.name().texts().get("en")));
			assertThat(bookmarks(pdf.getDocumentCatalog().getDocumentOutline())).contains("Contents");
			boolean germanFallbacks = edition.allGoals().anyMatch(goal -> !goal.title().has("en"));
			if (germanFallbacks) {
				assertThat(languages(pdf.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>())).contains("de");
			}
		}
	}

	@Test
	void markupInTextsIsPrintedAsTextNotInterpreted() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("dietzenbach").orElseThrow();
		ObjectNode json = seed("dietzenbach.json");
		String name = "Bildung <b>& \"Sprache\"</b> <img src=\"http://127.0.0.1/x.png\"/> ]]> \\\" }";
		((ObjectNode) json.get("fields").get(0).get("name")).put("de", name);
		// The title also goes into the footer, a CSS string.
		String title = "Konzept \"; } body { display: none } \\";
		((ObjectNode) json.get("title")).put("de", title);
		String paper = "https://ratsinfo.example/vo.asp?nr=0522&a=%22x%22";
		((ObjectNode) json.get("resolution")).put("url", paper);
		Edition edition = editions.readJson(json.toString());

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), "de"))) {
			assertThat(text(pdf)).contains(name, paper, tenant.name() + " · " + title);
		}
	}

	@Test
	void anUnknownLanguageGivesTheGermanPdf() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("dietzenbach").orElseThrow();
		Edition edition = editions.readJson(seed("dietzenbach.json").toString());

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, edition), "<script>"))) {
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(text(pdf)).contains("Inhalt", words(edition.fields().get(0).name().german()));
		}
	}

	@Test
	void anEditionWithoutPartsStillHasTitlePageAndContents() throws IOException {
		Tenant tenant = tenants.findActiveBySlug("landkreis-boerde").orElseThrow();
		Edition bare = new Edition(EditionId.random(), LocalizedText.german("Integrationskonzept (Gliederung)"), 2026, 2030,
				null, null, null, null, null, null, null, null, 0);

		try (PDDocument pdf = Loader.loadPDF(conceptPdf.render(tenant, published(tenant, bare), "de"))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(text(pdf)).contains(tenant.name(), "Integrationskonzept (Gliederung)", "2026–2030", "Inhalt")
				.doesNotContain("Beschluss", "Handlungsfelder", "Maßnahmen");
			assertThat(bookmarks(pdf.getDocumentCatalog().getDocumentOutline())).containsExactly("Inhalt");
		}
	}

	/**
	 * Thread CPU time, not wall time: CI machines run other builds alongside, which stretches the
	 * wall clock but not the work a request does. The median of three renders after a warm-up.
	 */
	@Test
	void aConceptRendersInLessThanASecondAfterWarmUp() throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (String file : seedConcepts().toList()) {
			ObjectNode json = seed(file);
			Edition edition = editions.readJson(json.toString());
			Tenant tenant = tenants.findActiveBySlug(json.get("tenant").asString()).orElseThrow();
			PublishedEdition published = published(tenant, edition);
			conceptPdf.render(tenant, published, "de");
			long[] cpu = new long[3];
			long[] wall = new long[3];
			for (int i = 0; i < cpu.length; i++) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long wallStart = System.nanoTime();
				conceptPdf.render(tenant, published, "de");
				cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
				wall[i] = (System.nanoTime() - wallStart) / 1_000_000;
			}
			Arrays.sort(cpu);
			Arrays.sort(wall);
			System.out.printf("concept PDF %s: median %d ms CPU, %d ms wall%n", file, cpu[1], wall[1]);
			assertThat(cpu[1]).as("CPU milliseconds for %s", file).isLessThan(1000);
		}
	}

	private static PublishedEdition published(Tenant tenant, Edition edition) {
		return new PublishedEdition(tenant.id(), edition.id(), PUBLISHED, true, edition);
	}

	static ObjectNode seed(String file) throws IOException {
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:tenants/concepts/" + file);
		return (ObjectNode) JSON.readTree(resource.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The text with line breaks as spaces, so names wrapped over two lines are found. */
	static String text(PDDocument pdf) throws IOException {
		return words(new PDFTextStripper().getText(pdf));
	}

	static String text(PDDocument pdf, int fromPage, int toPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(fromPage);
		stripper.setEndPage(toPage);
		return words(stripper.getText(pdf));
	}

	static String words(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	static List<String> bookmarks(PDOutlineNode node) {
		List<String> titles = new ArrayList<>();
		if (node != null) {
			node.children().forEach(item -> {
				titles.add(item.getTitle());
				titles.addAll(bookmarks(item));
			});
		}
		return titles;
	}

	private static List<String> languages(PDStructureNode node, List<String> found) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (element.getLanguage() != null) {
					found.add(element.getLanguage());
				}
				languages(element, found);
			}
		}
		return found;
	}

	private static void assertEveryFontIsEmbedded(PDDocument pdf) throws IOException {
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
			}
		}
	}
}
