package de.integrationskonzept.publishing.internal;

import java.text.Normalizer;
import java.util.Locale;

import de.integrationskonzept.concepts.Edition;

/**
 * Readable, stable URL segments for Handlungsfelder ({@code bildung-und-sprache}) made from the
 * German name; a second field with the same name gets its position appended.
 */
public final class FieldSlugs {

	private FieldSlugs() {
	}

	public static String of(Edition edition, Edition.Field field) {
		String base = slugify(field.name().german());
		int position = edition.fields().indexOf(field);
		boolean taken = edition.fields().stream().limit(Math.max(position, 0))
			.anyMatch(earlier -> slugify(earlier.name().german()).equals(base));
		return taken ? base + "-" + (position + 1) : base;
	}

	static String slugify(String text) {
		String german = text.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("ß", "ss").replace("&", " und ");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "feld" : slug;
	}
}
