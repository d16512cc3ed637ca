package de.integrationskonzept.publishing.internal.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.integrationskonzept.publishing.internal.PlainText;

/**
 * What a municipality sets for its public site. Everything is optional: without a value the site
 * shows the platform's default (its colour, no logo, a default accessibility statement, a note
 * that Impressum or Datenschutz are missing). Texts are plain text.
 *
 * @param logoMediaType {@code image/png} or {@code image/jpeg}, {@code null} without logo
 * @param version       for optimistic locking of the form; 0 before the first save
 */
public record SiteSettings(String logoMediaType, String logoAlt, AccentColour accentColour, String impressum,
		String datenschutz, Accessibility accessibility, int version, Instant updatedAt) {

	/** The tenant's part of the Barrierefreiheitserklärung; every part may be missing. */
	public record Accessibility(ConformanceStatus status, String knownBarriers, LocalDate statementDate,
			String feedbackContact, String enforcementUrl) {

		public static Accessibility none() {
			return new Accessibility(null, null, null, null, null);
		}

		/** True when the tenant has written its own statement (a status is the least it takes). */
		public boolean isOwn() {
			return status != null;
		}

		public List<List<String>> barrierParagraphs() {
			return PlainText.split(knownBarriers);
		}

		public List<List<String>> feedbackParagraphs() {
			return PlainText.split(feedbackContact);
		}
	}

	public static SiteSettings defaults() {
		return new SiteSettings(null, null, null, null, null, Accessibility.none(), 0, null);
	}

	public boolean hasLogo() {
		return logoMediaType != null;
	}

	public List<List<String>> impressumParagraphs() {
		return PlainText.split(impressum);
	}

	public List<List<String>> datenschutzParagraphs() {
		return PlainText.split(datenschutz);
	}
}
