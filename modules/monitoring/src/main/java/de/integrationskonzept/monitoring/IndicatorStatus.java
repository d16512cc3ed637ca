package de.integrationskonzept.monitoring;

/**
 * Whether an indicator is on its way to its target, judged on the latest value against the
 * target path for that period (rule in the module README and {@code internal.domain.StatusRule}).
 */
public enum IndicatorStatus {
	AUF_KURS("auf Kurs"), GEFAEHRDET("gefährdet"), NICHT_AUF_KURS("nicht auf Kurs"), KEINE_DATEN("keine Daten"),
	/** The indicator has no target (or no baseline to draw a path from). */
	OHNE_ZIEL("ohne Ziel");

	private final String label;

	IndicatorStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
