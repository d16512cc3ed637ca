package de.integrationskonzept.concepts.internal.web;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.ProblemException;

/**
 * Optimistic locking over HTTP: a resource's version goes out as its {@code ETag}, and a write
 * must send it back in {@code If-Match}, so concurrent edits are never silently lost.
 */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version named by an {@code If-Match} header; refuses a write without one. */
	static int fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw new Mismatch("If-Match enthält keine gültige Version: " + ifMatch);
		}
	}

	static class PreconditionRequired extends ProblemException {
		PreconditionRequired() {
			super(HttpStatus.PRECONDITION_REQUIRED, "If-Match fehlt",
					"Änderungen brauchen den ETag der gelesenen Fassung im Header If-Match, damit nichts überschrieben wird.");
		}
	}

	static class Mismatch extends ProblemException {
		Mismatch(String detail) {
			super(HttpStatus.BAD_REQUEST, "Ungültige Anfrage", detail);
		}
	}
}
