package de.integrationskonzept.platform.web;

/**
 * Text cells of CSV files that people open in spreadsheet programs (questionnaire results, open data).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/**
	 * A text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so spreadsheet programs
	 * do not run it as a formula (CSV injection). Only for texts: numbers written as numbers stay as they are.
	 */
	public static String defused(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}
}
