package de.integrationskonzept.platform.tenancy;

import java.util.Arrays;

/**
 * The 16 Länder with their ISO 3166-2:DE code and the two-digit key that starts every AGS.
 */
public enum Bundesland {

	SH("01", "Schleswig-Holstein"),
	HH("02", "Hamburg"),
	NI("03", "Niedersachsen"),
	HB("04", "Bremen"),
	NW("05", "Nordrhein-Westfalen"),
	HE("06", "Hessen"),
	RP("07", "Rheinland-Pfalz"),
	BW("08", "Baden-Württemberg"),
	BY("09", "Bayern"),
	SL("10", "Saarland"),
	BE("11", "Berlin"),
	BB("12", "Brandenburg"),
	MV("13", "Mecklenburg-Vorpommern"),
	SN("14", "Sachsen"),
	ST("15", "Sachsen-Anhalt"),
	TH("16", "Thüringen");

	private final String landKey;
	private final String label;

	Bundesland(String landKey, String label) {
		this.landKey = landKey;
		this.label = label;
	}

	/** The two-digit Länderschlüssel, e.g. {@code 06} for Hessen. */
	public String landKey() {
		return landKey;
	}

	public String label() {
		return label;
	}

	public static Bundesland ofLandKey(String landKey) {
		return Arrays.stream(values())
				.filter(land -> land.landKey.equals(landKey))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown Länderschlüssel " + landKey));
	}
}
