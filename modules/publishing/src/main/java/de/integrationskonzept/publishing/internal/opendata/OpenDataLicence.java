package de.integrationskonzept.publishing.internal.opendata;

/**
 * The licence every tenant's open data is published under: Datenlizenz Deutschland –
 * Namensnennung 2.0, which GovData recommends for public administrations. It only asks users to
 * name the municipality, so it suits texts a council adopted for everyone to use.
 */
final class OpenDataLicence {

	static final String ID = "dl-by-de/2.0";
	static final String TITLE = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
	/** The DCAT-AP.de vocabulary entry, as harvesters expect it in {@code dct:license}. */
	static final String DCAT_URI = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";
	/** The licence text for people. */
	static final String TEXT_URL = "https://www.govdata.de/dl-de/by-2-0";

	private OpenDataLicence() {
	}
}
