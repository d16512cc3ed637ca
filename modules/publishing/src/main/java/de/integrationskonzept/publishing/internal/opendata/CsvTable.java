package de.integrationskonzept.publishing.internal.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.platform.web.SpreadsheetCells;

/**
 * One CSV file after RFC 4180: comma-separated, CRLF line ends, a header row, a field quoted
 * (with inner quotes doubled) when it holds a comma, quote, CR or LF. UTF-8 with a byte order
 * mark, because Excel otherwise reads UTF-8 as Windows-1252 and garbles umlauts.
 * <p>
 * Why commas and not the semicolons German Excel splits on: the files are for machines first
 * (portals, scripts, statistics tools all default to RFC 4180), and numbers keep their decimal
 * point — a semicolon file would only help Excel if numbers switched to decimal commas too, which
 * breaks every other reader. The open data page tells Excel users how to import. A text starting
 * with = + - @ gets a leading apostrophe ({@link SpreadsheetCells}).
 */
final class CsvTable {

	static final String BYTE_ORDER_MARK = "\uFEFF";
	static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
	/** Separates several values in one cell (partners, goal ids). */
	static final String LIST_SEPARATOR = " | ";

	private final List<String> columns;
	private final List<List<String>> rows = new ArrayList<>();

	CsvTable(List<String> columns) {
		this.columns = List.copyOf(columns);
	}

	/** Adds a row; values are strings, numbers, booleans or null (an empty field). */
	CsvTable row(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
		}
		List<String> row = new ArrayList<>(values.length);
		for (Object value : values) {
			row.add(format(value));
		}
		rows.add(row);
		return this;
	}

	byte[] toBytes() {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
		line(csv, columns);
		rows.forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(values.get(i)));
		}
		csv.append("\r\n");
	}

	static String quoted(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private static String format(Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal number -> number.toPlainString();
			// Texts come from editors; a spreadsheet must not run one as a formula. Numbers stay numbers.
			case String text -> SpreadsheetCells.defused(text);
			default -> value.toString();
		};
	}
}
