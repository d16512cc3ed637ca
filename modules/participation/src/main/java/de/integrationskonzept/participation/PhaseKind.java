package de.integrationskonzept.participation;

/** What a phase of a Beteiligungsverfahren is for; its kind decides what participants may do while it is current. */
public enum PhaseKind {

	IDEENSAMMLUNG("Ideensammlung"),
	EXPERTENBEWERTUNG("Expertenbewertung"),
	WORKSHOPS("Workshops"),
	ABSTIMMUNG("Abstimmung"),
	AUSWERTUNG("Auswertung");

	private final String label;

	PhaseKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
