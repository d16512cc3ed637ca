package de.integrationskonzept.monitoring.internal.domain;

/** Size classes for peer groups, following the BBSR's Stadt- und Gemeindetypen by population. */
public enum SizeClass {

	LANDGEMEINDE("Landgemeinde (unter 5.000 Einwohner)"),
	KLEINSTADT("Kleinstadt (5.000 bis unter 20.000)"),
	MITTELSTADT("Mittelstadt (20.000 bis unter 100.000)"),
	GROSSSTADT("Großstadt (100.000 und mehr)"),
	UNBEKANNT("Größe unbekannt");

	private final String label;

	SizeClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static SizeClass of(Integer population) {
		if (population == null) {
			return UNBEKANNT;
		}
		if (population < 5_000) {
			return LANDGEMEINDE;
		}
		if (population < 20_000) {
			return KLEINSTADT;
		}
		return population < 100_000 ? MITTELSTADT : GROSSSTADT;
	}
}
