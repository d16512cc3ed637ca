package de.integrationskonzept.monitoring.internal;

import java.util.ArrayList;
import java.util.List;

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
}
