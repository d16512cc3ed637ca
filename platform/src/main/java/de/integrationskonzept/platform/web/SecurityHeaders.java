package de.integrationskonzept.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries. Spring Security writes them for everything that passes
 * its filter chains; a response a servlet filter gives before the chains (an unknown tenant's 404)
 * writes them itself through {@link #writeTo}, because Spring Security's header writer does not run on
 * the container's error dispatch.
 */
public final class SecurityHeaders {

	/** Content Security Policy of pages: own scripts, styles and images only, no inline script. */
	public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; ";
	/** Content Security Policy of JSON and protocol answers: nothing in them may load or run. */
	public static final String MACHINE_POLICY = "default-src 'none'; frame-ancestors 'none'";
	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
	/** One year, as Spring Security's default, and the subdomains (tenants' hosts) too. */
	public static final String HSTS = "max-age=31536000 ; includeSubDomains";

	private SecurityHeaders() {
	}

	/** The headers of a page that may not be framed; HSTS only over HTTPS (as the browser ignores it otherwise). */
	public static void writeTo(HttpServletResponse response, boolean secure) {
		response.setHeader("Content-Security-Policy", PAGE_POLICY + "frame-ancestors 'none'");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		if (secure) {
			response.setHeader("Strict-Transport-Security", HSTS);
		}
	}
}
