package de.integrationskonzept.publishing.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.opendata.OpenDataCsv.Table;

/** The CSV files: RFC 4180 quoting, UTF-8 with BOM, one row per item, ids that link the files. */
class OpenDataCsvTests {

	private static final String TRICKY_TITLE = "Sprachkurs \"Deutsch; jetzt\", sofort\nZweite Zeile";
	private static final UUID TRICKY_ID = UUID.fromString("0b7d1d7e-4c1e-4f61-9f57-2f7f0f4b9d01");

	private final PublishedEdition published = Fixtures.wiesbadenPublished();

	@Test
	void filesStartWithAByteOrderMarkAndTheHeaderAndEndLinesWithCrlf() {
		String csv = render(Table.ZIELE, published);
		assertThat(csv).startsWith("\uFEFFziel_id,handlungsfeld_id,uebergeordnetes_ziel_id,ebene,position,titel,beschreibung,"
				+ "ergebnis_vorperiode,beispiel\r\n");
		assertThat(csv).endsWith("\r\n");
		assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndRoundTrip() {
		Edition edition = Fixtures.withMeasure(published.edition(), trickyMeasure());
		String csv = render(Table.MASSNAHMEN, Fixtures.published(edition));

		assertThat(csv).contains("\"Sprachkurs \"\"Deutsch; jetzt\"\", sofort\nZweite Zeile\"");
		List<List<String>> rows = parse(csv);
		List<String> tricky = rows.stream().filter(row -> row.getFirst().equals(TRICKY_ID.toString())).findFirst().orElseThrow();
		Map<String, String> row = asMap(rows.getFirst(), tricky);
		assertThat(row.get("titel")).isEqualTo(TRICKY_TITLE);
		assertThat(row.get("beschreibung")).isEqualTo("Nur; Semikolons");
		assertThat(row.get("partner")).isEqualTo("Volkshochschule | Verein \"Miteinander\", e. V.");
		assertThat(row.get("budget_eur")).isEqualTo("12500.50");
		assertThat(row.get("beginn")).isEqualTo("2022");
		assertThat(row.get("ende")).isEmpty();
		assertThat(row.get("status")).isEqualTo("LAUFEND");
		assertThat(row.get("beispiel")).isEqualTo("false");
		// a semicolon alone needs no quotes with a comma separator
		assertThat(csv).contains(",Nur; Semikolons,");
	}

	@Test
	void everyRowHasAsManyFieldsAsTheHeader() {
		for (Table table : Table.values()) {
			List<List<String>> rows = parse(render(table, published));
			assertThat(rows.getFirst()).as(table.fileName()).containsExactlyElementsOf(table.columns());
			assertThat(rows).as(table.fileName()).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.columns()));
		}
	}

	@Test
	void oneRowPerItem() {
		Edition edition = published.edition();
		assertThat(parse(render(Table.HANDLUNGSFELDER, published))).hasSize(1 + edition.fields().size());
		assertThat(parse(render(Table.ZIELE, published))).hasSize(1 + 12);
		assertThat(parse(render(Table.INDIKATOREN, published))).hasSize(1 + 6);
		assertThat(parse(render(Table.MASSNAHMEN, published))).hasSize(1 + edition.measures().size());
	}

	@Test
	void idsLinkGoalsToFieldsAndMeasuresAndIndicatorsToGoals() {
		Set<String> fieldIds = column(Table.HANDLUNGSFELDER, "handlungsfeld_id");
		Set<String> goalIds = column(Table.ZIELE, "ziel_id");
		assertThat(column(Table.ZIELE, "handlungsfeld_id")).isEqualTo(fieldIds);
		assertThat(goalIds).containsAll(column(Table.ZIELE, "uebergeordnetes_ziel_id").stream().filter(id -> !id.isEmpty()).toList());
		assertThat(goalIds).containsAll(column(Table.INDIKATOREN, "ziel_id"));
		Set<String> servedGoals = column(Table.MASSNAHMEN, "ziel_ids").stream()
			.flatMap(ids -> Arrays.stream(ids.split(" \\| ")))
			.filter(id -> !id.isEmpty())
			.collect(Collectors.toSet());
		assertThat(servedGoals).isNotEmpty();
		assertThat(goalIds).containsAll(servedGoals);
	}

	@Test
	void fieldRowsCarryTheGermanNameAndTheAddressOfTheirPage() {
		List<List<String>> rows = parse(render(Table.HANDLUNGSFELDER, published));
		Edition.Field field = published.edition().fields().getFirst();
		Map<String, String> row = asMap(rows.getFirst(), rows.get(1));
		assertThat(row.get("name")).isEqualTo(field.name().german());
		assertThat(row.get("position")).isEqualTo("1");
		assertThat(row.get("url")).isEqualTo(Fixtures.URLS.field(published.fieldSlug(field)));
	}

	@Test
	void tablesAreFoundByTheirFileName() {
		assertThat(Table.named("ziele")).contains(Table.ZIELE);
		assertThat(Table.named("massnahmen")).contains(Table.MASSNAHMEN);
		assertThat(Table.named("unbekannt")).isEmpty();
	}

	private static Edition.Measure trickyMeasure() {
		return new Edition.Measure(TRICKY_ID, LocalizedText.german(TRICKY_TITLE), LocalizedText.german("Nur; Semikolons"),
				"Amt für Zuwanderung und Integration", List.of("Volkshochschule", "Verein \"Miteinander\", e. V."), 2022, null,
				new BigDecimal("12500.50"), null, Edition.MeasureStatus.LAUFEND, List.of(), false, null, null);
	}

	private Set<String> column(Table table, String name) {
		List<List<String>> rows = parse(render(table, published));
		int index = rows.getFirst().indexOf(name);
		return rows.stream().skip(1).map(row -> row.get(index)).collect(Collectors.toSet());
	}

	private static String render(Table table, PublishedEdition edition) {
		byte[] bytes = OpenDataCsv.render(table, edition, Fixtures.URLS);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static Map<String, String> asMap(List<String> header, List<String> row) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			map.put(header.get(i), row.get(i));
		}
		return map;
	}

	/** A strict RFC 4180 reader: fails on a quote inside an unquoted field or an unterminated quote. */
	static List<List<String>> parse(String csv) {
		assertThat(csv).startsWith(CsvTable.BYTE_ORDER_MARK);
		String text = csv.substring(1);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				i++;
				while (true) {
					assertThat(i).as("unterminated quoted field").isLessThan(text.length());
					char c = text.charAt(i);
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
					}
					else if (c == '"') {
						i++;
						break;
					}
					else {
						field.append(c);
						i++;
					}
				}
			}
			while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
				assertThat(text.charAt(i)).as("bare quote or line feed in an unquoted field").isNotIn('"', '\n');
				field.append(text.charAt(i++));
			}
			row.add(field.toString());
			field.setLength(0);
			if (i < text.length() && text.charAt(i) == ',') {
				i++;
			}
			else {
				assertThat(text.startsWith("\r\n", i)).as("line ends with CRLF").isTrue();
				i += 2;
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		return rows;
	}
}
