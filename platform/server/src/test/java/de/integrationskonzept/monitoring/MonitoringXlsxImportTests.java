package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.firstIndicator;
import static de.integrationskonzept.monitoring.MonitoringCallers.freshEdition;
import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * XLSX uploads of the measurement and measure imports on real PostgreSQL: the preview equals the CSV
 * preview of the same data, numbers and dates are read exactly, the import is all or nothing and
 * idempotent, and files that are no XLSX are refused with a readable message, storing nothing. The
 * workbooks are built here with Apache POI.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringXlsxImportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String base(Edition edition) {
		return "/api/wiesbaden/monitoring/editions/" + edition.id();
	}

	private MvcResult upload(Edition edition, boolean dryRun, String contentType, byte[] body) throws Exception {
		return perform(post(base(edition) + "/imports").param("dryRun", Boolean.toString(dryRun)).with(as(tenant("wiesbaden"), TenantRole.EDITOR))
			.contentType(contentType).content(body));
	}

	private JsonNode history(Edition edition, UUID indicator) throws Exception {
		return json(perform(get(base(edition) + "/indicators/" + indicator + "/measurements").with(as(tenant("wiesbaden"), TenantRole.EDITOR))));
	}

	/**
	 * The header row, then per indicator: 2022 as a number with 73.5 and a date cell; 2023 with the formula
	 * 0.1+0.2+74.7 (a float sum of 75.00000000000001) and the date as text; the given extra row, if any.
	 */
	private static byte[] workbook(UUID indicator, Object... extraRow) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Werte");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			row(sheet, 0, "indikator", "zeitraum", "wert", "quelle", "erhoben_am");
			Row first = row(sheet, 1, indicator.toString(), 2022, 73.5, "Gesundheitsamt");
			Cell collected = first.createCell(4);
			collected.setCellValue(LocalDate.of(2023, 3, 1));
			collected.setCellStyle(date);
			Row second = row(sheet, 2, indicator.toString(), 2023);
			second.createCell(2).setCellFormula("0.1+0.2+74.7");
			row(second, 3, "Gesundheitsamt", "2024-03-01");
			if (extraRow.length > 0) {
				row(sheet, 3, extraRow);
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static Row row(Sheet sheet, int index, Object... cells) {
		return row(sheet.createRow(index), 0, cells);
	}

	private static Row row(Row row, int from, Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			Cell cell = row.createCell(from + i);
			if (cells[i] instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue((String) cells[i]);
			}
		}
		return row;
	}

	private static String csv(UUID indicator) {
		return "indikator;zeitraum;wert;quelle;erhoben_am\n" + indicator + ";2022;73,5;Gesundheitsamt;01.03.2023\n"
				+ indicator + ";2023;75;Gesundheitsamt;2024-03-01\n";
	}

	@Test
	void anXlsxFileIsPreviewedLikeTheSameCsvImportedAllOrNothingAndChangesNothingTheSecondTime() throws Exception {
		Edition edition = freshEdition(tenantScope, editions, tenant("wiesbaden"));
		UUID indicator = firstIndicator(edition);
		byte[] xlsx = workbook(indicator);

		MvcResult preview = upload(edition, true, XLSX, xlsx);
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		JsonNode csvPreview = json(upload(edition, true, "text/csv", csv(indicator).getBytes(StandardCharsets.UTF_8)));
		assertThat(json(preview)).isEqualTo(csvPreview);
		assertThat(json(preview).findValuesAsString("outcome")).containsExactly("NEU", "NEU");
		assertThat(history(edition, indicator)).as("a preview stores nothing").isEmpty();

		assertThat(upload(edition, false, XLSX, xlsx).getResponse().getStatus()).isEqualTo(200);
		JsonNode stored = history(edition, indicator);
		assertThat(stored).hasSize(2);
		assertThat(stored.get(0).get("value").decimalValue()).isEqualByComparingTo("73.5");
		assertThat(stored.get(0).get("collectedOn").asString()).isEqualTo("2023-03-01");
		assertThat(stored.get(1).get("value").decimalValue().toPlainString()).as("no float noise").isEqualTo("75");

		assertThat(json(upload(edition, false, XLSX, xlsx)).findValuesAsString("outcome")).containsExactly("UNVERAENDERT", "UNVERAENDERT");
		assertThat(json(upload(edition, false, "text/csv", csv(indicator).getBytes(StandardCharsets.UTF_8))).findValuesAsString("outcome"))
			.as("the CSV of the same data is the same data").containsExactly("UNVERAENDERT", "UNVERAENDERT");
		assertThat(history(edition, indicator)).hasSize(2);
	}

	@Test
	void aFileWithABadRowListsItWithItsReasonAndStoresNothing() throws Exception {
		Edition edition = freshEdition(tenantScope, editions, tenant("wiesbaden"));
		UUID indicator = firstIndicator(edition);
		byte[] xlsx = workbook(indicator, indicator.toString(), 2024, "zwei", "Amt");

		MvcResult preview = upload(edition, true, XLSX, xlsx);
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		assertThat(json(preview).findValuesAsString("outcome")).containsExactly("NEU", "NEU", "ABGELEHNT");
		MvcResult rejected = upload(edition, false, XLSX, xlsx);
		assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(rejected).get("problems").toString()).contains("Zeile 4", "„zwei“ ist keine Zahl");
		assertThat(history(edition, indicator)).as("nothing imported").isEmpty();
	}

	@Test
	void filesThatAreNoXlsxAreRefusedReadablyAndStoreNothing() throws Exception {
		Edition edition = freshEdition(tenantScope, editions, tenant("wiesbaden"));
		UUID indicator = firstIndicator(edition);

		MvcResult renamed = upload(edition, false, XLSX, csv(indicator).getBytes(StandardCharsets.UTF_8));
		assertThat(renamed.getResponse().getStatus()).isEqualTo(422);
		assertThat(renamed.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(renamed).toString()).contains("keine XLSX-Datei");

		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (Workbook old = new HSSFWorkbook()) {
			old.createSheet("Werte");
			old.write(xls);
		}
		assertThat(json(upload(edition, false, XLSX, xls.toByteArray())).toString()).contains("alten XLS-Format");

		byte[] truncated = java.util.Arrays.copyOf(workbook(indicator), 300);
		MvcResult broken = upload(edition, false, XLSX, truncated);
		assertThat(broken.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(broken).toString()).contains("beschädigt");

		// Highly compressible content (a zip bomb in small) is not unpacked.
		byte[] bomb;
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Werte");
			row(sheet, 0, "indikator", "zeitraum", "wert", "quelle");
			for (int i = 1; i <= 2000; i++) {
				row(sheet, i, "x".repeat(2000) + i, "2024", "1", "Amt");
			}
			workbook.write(out);
			bomb = out.toByteArray();
		}
		MvcResult refusedBomb = upload(edition, false, XLSX, bomb);
		assertThat(refusedBomb.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(refusedBomb).toString()).contains("Sicherheitsgründen");
		assertThat(history(edition, indicator)).isEmpty();
	}

	@Test
	void theStaffPageTakesAnXlsxFileAndConfirmsTheSameContent() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = firstIndicator(edition);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		String page = "/wiesbaden/verwaltung/monitoring/" + edition.id() + "/import";

		MvcResult preview = perform(multipart(page + "/vorschau").file(new MockMultipartFile("datei", "werte.xlsx", XLSX, workbook(indicator)))
			.with(editor).with(csrf()));
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		String html = preview.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Bereit zum Import: 2 neue Werte", "73,5", "Jetzt importieren", "name=\"csv\"");
		assertThat(history(edition, indicator)).as("a preview stores nothing").isEmpty();
		String confirmed = (String) preview.getModelAndView().getModel().get("csv");
		assertThat(perform(post(page).with(editor).with(csrf()).param("csv", confirmed)).getResponse().getStatus()).isEqualTo(302);
		assertThat(history(edition, indicator)).hasSize(2);

		MvcResult renamed = perform(multipart(page + "/vorschau")
			.file(new MockMultipartFile("datei", "werte.xlsx", "application/octet-stream", csv(indicator).getBytes(StandardCharsets.UTF_8)))
			.with(editor).with(csrf()));
		assertThat(renamed.getResponse().getStatus()).isEqualTo(422);
		assertThat(renamed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("keine XLSX-Datei");
	}

	@Test
	void theMeasureImportTakesXlsxToo() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID measure = test.measure("Kita-Sprachförderung");
		byte[] xlsx;
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Maßnahmen");
			row(sheet, 0, "massnahme", "status", "prozent");
			row(sheet, 1, measure.toString(), "laufend", 30);
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		String url = "/api/wiesbaden/monitoring/editions/" + test.edition().id() + "/measures/imports";
		JsonNode preview = json(perform(post(url).param("dryRun", "true").with(as(wiesbaden, TenantRole.EDITOR)).contentType(XLSX).content(xlsx)));
		assertThat(preview.findValuesAsString("outcome")).containsExactly("GEAENDERT");
		assertThat(preview.at("/rows/0/percent").asInt()).isEqualTo(30);
		assertThat(perform(post(url).with(as(wiesbaden, TenantRole.CONTRIBUTOR)).contentType(XLSX).content(xlsx)).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(json(perform(post(url).with(as(wiesbaden, TenantRole.EDITOR)).contentType(XLSX).content(xlsx))).findValuesAsString("outcome"))
			.containsExactly("GEAENDERT");
		assertThat(json(perform(post(url).with(as(wiesbaden, TenantRole.EDITOR)).contentType(XLSX).content(xlsx))).findValuesAsString("outcome"))
			.containsExactly("UNVERAENDERT");
	}
}
