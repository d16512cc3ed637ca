package de.integrationskonzept.platform.tenancy.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Suggests a tenant's address from its short name: {@code Frankenthal (Pfalz)} →
 * {@code frankenthal-pfalz}, {@code Börde} → {@code boerde}. German umlauts and ß are written
 * out as Germans do in addresses; other accents are dropped; everything else becomes a hyphen.
 * The same rule runs in the browser ({@code /js/signup.js}) to prefill the field.
 */
final class Slugs {

	private static final int MAXIMUM_LENGTH = 63;

	private Slugs() {
	}

	static String suggest(String shortName) {
		if (shortName == null) {
			return "";
		}
		String lower = Normalizer.normalize(shortName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.GERMAN)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAXIMUM_LENGTH) {
			slug = slug.substring(0, MAXIMUM_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}
}
