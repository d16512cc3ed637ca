package de.integrationskonzept.platform.tenancy;

/**
 * The office a municipality names as contact for its Integrationskonzept (e.g. "Stabsstelle
 * Integration"). All parts are optional: municipalities publish different amounts of detail.
 */
public record ContactOffice(String name, String contactPerson, String street, String postalCode, String city,
		String room, String phone, String email, String officeHours, String website) {

	public static ContactOffice empty() {
		return new ContactOffice(null, null, null, null, null, null, null, null, null, null);
	}
}
