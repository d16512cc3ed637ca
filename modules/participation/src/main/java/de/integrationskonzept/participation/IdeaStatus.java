package de.integrationskonzept.participation;

/** What became of an idea. */
public enum IdeaStatus {

	EINGEGANGEN("eingegangen"),
	IN_PRUEFUNG("in Prüfung"),
	UEBERNOMMEN("übernommen"),
	NICHT_UEBERNOMMEN("nicht übernommen");

	private final String label;

	IdeaStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
