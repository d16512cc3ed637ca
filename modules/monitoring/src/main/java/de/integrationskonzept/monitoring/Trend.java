package de.integrationskonzept.monitoring;

/** How the latest value compares with the one before, seen from the desired direction. */
public enum Trend {
	VERBESSERT("verbessert"), UNVERAENDERT("unverändert"), VERSCHLECHTERT("verschlechtert"), UNBEKANNT("noch kein Vergleich");

	private final String label;

	Trend(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
