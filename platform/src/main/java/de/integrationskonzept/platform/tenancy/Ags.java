package de.integrationskonzept.platform.tenancy;

import java.util.regex.Pattern;

/**
 * Amtlicher Gemeindeschlüssel: 8 digits — Land (2), Regierungsbezirk (1), Kreis (2), Gemeinde (3).
 * A Landkreis uses its Kreisschlüssel followed by {@code 000}.
 */
public record Ags(String value) {

	private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

	public Ags {
		if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("AGS must be exactly 8 digits, was: " + value);
		}
		Bundesland.ofLandKey(value.substring(0, 2));
	}

	public Bundesland bundesland() {
		return Bundesland.ofLandKey(value.substring(0, 2));
	}

	/** True when the key names a whole Kreis or kreisfreie Stadt (Kreisschlüssel followed by 000). */
	public boolean isKreisKey() {
		return value.endsWith("000");
	}

	@Override
	public String toString() {
		return value;
	}
}
