package de.integrationskonzept.publishing.internal.opendata;

/**
 * Absolute addresses of one tenant's public site. {@code origin} is scheme, host, port and
 * context path as the visitor reached us; {@code prefix} is {@code /slug} on the platform's host
 * and empty on the tenant's own host name (where the filter serves {@code /…} as {@code /slug/…}).
 */
record SiteUrls(String origin, String prefix) {

	SiteUrls {
		origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
		if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
			throw new IllegalArgumentException("prefix must be empty or /segment, was: " + prefix);
		}
	}

	/** The start page. */
	String home() {
		return origin + (prefix.isEmpty() ? "/" : prefix);
	}

	/** A page below the start page, e.g. {@code page("leitlinien")}. */
	String page(String path) {
		return origin + prefix + "/" + path;
	}

	/** The open data index page, whose relative neighbours are the files. */
	String openData() {
		return page("open-data/");
	}

	String openDataFile(String fileName) {
		return openData() + fileName;
	}

	String field(String fieldSlug) {
		return page("handlungsfelder/" + fieldSlug);
	}

	String pdf() {
		return page("integrationskonzept.pdf");
	}
}
