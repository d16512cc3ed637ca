package de.integrationskonzept.concepts;

import java.net.URI;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The council's resolution (Beschluss): which body, the paper's number, date and result
 * (e.g. "einstimmig"), and optionally the paper in the council information system (e.g. an
 * OParl {@code Paper}).
 */
public record Resolution(String body, String number, LocalDate date, String result, URI url) {

	public static final Resolution NONE = new Resolution(null, null, null, null, null);

	public Resolution {
		if (url != null && !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
			throw new IllegalArgumentException("the resolution's URL must be an http(s) address");
		}
	}

	/** Enough to adopt an edition: the body that decided and the date it did. */
	@JsonIgnore
	public boolean isComplete() {
		return body != null && !body.isBlank() && date != null;
	}
}
