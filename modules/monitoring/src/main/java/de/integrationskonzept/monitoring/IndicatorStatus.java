package de.integrationskonzept.monitoring;

/**
 * Whether an indicator is on its way to its target, judged on the latest value against the
 * target path for that period (rule in the module README and {@code internal.domain.StatusRule}).
 */
public enum IndicatorStatus {
	AUF_KURS("auf Kurs", "✓"), GEFAEHRDET("gefährdet", "!"), NICHT_AUF_KURS("nicht auf Kurs", "✗"), KEINE_DATEN("keine Daten", "–"),
	/** The indicator has no target (or no baseline to draw a path from). */
	OHNE_ZIEL("ohne Ziel", "○");

	private final String label;
	private final String symbol;

	IndicatorStatus(String label, String symbol) {
		this.label = label;
		this.symbol = symbol;
	}

	/** A symbol shown beside the label, so that the status is never told by colour alone. */
	public String symbol() {
		return symbol;
	}

	public String label() {
		return label;
	}
}
