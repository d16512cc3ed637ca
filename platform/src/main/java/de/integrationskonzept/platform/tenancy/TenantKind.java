package de.integrationskonzept.platform.tenancy;

/**
 * The kind of municipality, as German administrative law names it.
 */
public enum TenantKind {

	GEMEINDE("Gemeinde"),
	STADT("Stadt"),
	KREISFREIE_STADT("Kreisfreie Stadt"),
	LANDESHAUPTSTADT("Landeshauptstadt"),
	LANDKREIS("Landkreis");

	private final String label;

	TenantKind(String label) {
		this.label = label;
	}

	/** German display name. */
	public String label() {
		return label;
	}

	/** A Gemeinde or Stadt belongs to a Kreis, so its AGS ends in its own number, never {@code 000}. */
	boolean isKreisangehoerig() {
		return this == GEMEINDE || this == STADT;
	}
}
