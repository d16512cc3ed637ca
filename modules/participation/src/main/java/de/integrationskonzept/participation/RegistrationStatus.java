package de.integrationskonzept.participation;

/** Where a registration for a workshop stands. */
public enum RegistrationStatus {

	CONFIRMED("bestätigt"),
	WAITING("auf der Warteliste");

	private final String label;

	RegistrationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
