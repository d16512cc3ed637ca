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

	/**
	 * Reads {@code 74,5}, {@code 1.234,5} or {@code 74.5}; null for a blank text.
	 * @throws NumberFormatException if the text is no number
	 */
	static BigDecimal parse(String text) {
		String value = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.contains(",")) {
			value = value.replace(".", "").replace(',', '.');
		}
		return new BigDecimal(value);
	}
}
