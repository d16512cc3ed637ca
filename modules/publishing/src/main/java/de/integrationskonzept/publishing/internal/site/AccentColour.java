package de.integrationskonzept.publishing.internal.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tenant's accent colour ({@code #rrggbb}). Links and buttons use it on white and white text
 * on it, so it must reach the WCAG 2.1 contrast ratio for normal text (4.5:1) against white.
 */
public record AccentColour(String hex) {

	/** WCAG 2.1 success criterion 1.4.3 (AA) for normal text. */
	public static final double MINIMUM_CONTRAST = 4.5;

	private static final Pattern SHORT = Pattern.compile("#?[0-9a-f]{3}");
	private static final Pattern LONG = Pattern.compile("#?[0-9a-f]{6}");

	public AccentColour {
		if (hex == null || !hex.matches("#[0-9a-f]{6}")) {
			throw new IllegalArgumentException("accent colour must be #rrggbb in lower case, was: " + hex);
		}
	}

	/**
	 * Reads {@code #rgb} or {@code #rrggbb} (the hash optional, any case).
	 * @throws IllegalArgumentException when the text is no such colour
	 */
	public static AccentColour parse(String text) {
		String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (SHORT.matcher(value).matches()) {
			String digits = value.replace("#", "");
			StringBuilder doubled = new StringBuilder("#");
			for (char digit : digits.toCharArray()) {
				doubled.append(digit).append(digit);
			}
			return new AccentColour(doubled.toString());
		}
		if (LONG.matcher(value).matches()) {
			return new AccentColour(value.startsWith("#") ? value : "#" + value);
		}
		throw new IllegalArgumentException("not a hex colour: " + text);
	}

	/** Relative luminance as WCAG 2.1 defines it (sRGB, 0 for black to 1 for white). */
	public double relativeLuminance() {
		return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
	}

	/** Contrast ratio against white, from 1 (white) to 21 (black). */
	public double contrastWithWhite() {
		return 1.05 / (relativeLuminance() + 0.05);
	}

	public boolean readableOnWhite() {
		return contrastWithWhite() >= MINIMUM_CONTRAST;
	}

	private double linear(int offset) {
		double channel = Integer.parseInt(hex.substring(offset, offset + 2), 16) / 255.0;
		return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
	}
}
