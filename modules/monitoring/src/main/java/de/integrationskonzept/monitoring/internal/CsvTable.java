package de.integrationskonzept.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.integrationskonzept.monitoring.MonitoringProblems;

/**
 * A CSV file as spreadsheets write it (RFC 4180 quoting; separator {@code ;} as German Excel
 * uses it, or {@code ,}, detected from the header; an optional UTF-8 byte order mark).
 */
final class CsvTable {

	private CsvTable() {
	}

	/** The lines of the file, each split into cells; a quoted cell may contain separators, quotes ("") and line breaks. */
	static List<List<String>> parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		char separator = separatorOf(content);
		List<List<String>> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(cells);
				cells = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			lines.add(cells);
		}
		return lines;
	}

	private static char separatorOf(String content) {
		int end = content.indexOf('\n');
		String header = end < 0 ? content : content.substring(0, end);
		return header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
	}

	static boolean isBlank(List<String> line) {
		return line.stream().allMatch(String::isBlank);
	}

	/** A non-blank data line: its number in the file (the header is line 1) and its cells by column name (missing: empty). */
	record Line(int number, Map<String, String> cells) {

		String cell(String name) {
			return cells.getOrDefault(name, "");
		}
	}

	/**
	 * The data lines of an upload with a header row, every cell stripped. The imports share it.
	 * @param columns  every column read, the required ones first
	 * @param expected the German description of the expected header, for the error message
	 * @throws MonitoringProblems.Invalid if the file is empty, lacks a required column or has more than {@code maxRows} rows
	 */
	static List<Line> read(String csv, List<String> required, List<String> columns, String expected, int maxRows) {
		List<List<String>> lines = parse(csv == null ? "" : csv);
		if (lines.isEmpty()) {
			throw new MonitoringProblems.Invalid(Map.of("file", "Die Datei ist leer."));
		}
		List<String> header = lines.getFirst().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = required.stream().filter(name -> !header.contains(name)).toList();
		if (!missing.isEmpty()) {
			throw new MonitoringProblems.Invalid(Map.of("file", "Es fehlen die Spalten " + String.join(", ", missing)
					+ ". Erwartet wird eine Kopfzeile mit " + expected + "."));
		}
		if (lines.size() - 1 > maxRows) {
			throw new MonitoringProblems.Invalid(Map.of("file", "Höchstens " + maxRows + " Zeilen je Datei."));
		}
		List<Line> data = new ArrayList<>();
		for (int index = 1; index < lines.size(); index++) {
			List<String> line = lines.get(index);
			if (!isBlank(line)) {
				Map<String, String> cells = new HashMap<>();
				for (String name : columns) {
					int column = header.indexOf(name);
					cells.put(name, column >= 0 && column < line.size() ? line.get(column).strip() : "");
				}
				data.add(new Line(index + 1, cells));
			}
		}
		return data;
	}
}
