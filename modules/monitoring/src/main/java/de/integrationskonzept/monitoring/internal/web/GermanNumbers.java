package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;

/** Numbers as German staff write and read them: decimal comma, no exponent. */
final class GermanNumbers {

	private GermanNumbers() {
	}

	/** {@code 74,5} for 74.50; an empty text for null. */
	static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() < 0) {
			stripped = stripped.setScale(0);
		}
		return stripped.toPlainString().replace('.', ',');
	}

	/** A computed value (the SOLL path) to two decimals, as the path's full precision means nothing to a reader. */
	static String formatComputed(BigDecimal value) {
		return value == null ? "" : format(value.setScale(2, java.math.RoundingMode.HALF_UP));
	}

	/** Dots that only group thousands, as in 15.000 or 1.234.567 (never a leading 0 like 0.125). */
	private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+");

	/**
	 * Reads {@code 74,5}, {@code 1.234,5}, {@code 15.000} (fifteen thousand, as German staff write it)
	 * or {@code 74.5}; null for a blank text.
	 * @throws NumberFormatException if the text is no number
	 */
	static BigDecimal parse(String text) {
		String value = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.contains(",") || THOUSANDS.matcher(value).matches()) {
			value = value.replace(".", "").replace(',', '.');
		}
		return new BigDecimal(value);
	}
}
