package de.integrationskonzept.platform.tenancy.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.ProblemException;

/** A tenant archive that cannot be imported: 409 when the tenant exists already, 422 when the archive does not fit. */
class TenantArchiveException extends ProblemException {

	private TenantArchiveException(HttpStatus status, String title, String detail, List<String> problems) {
		super(status, title, detail, problems);
	}

	static TenantArchiveException unfit(String detail) {
		return new TenantArchiveException(HttpStatus.UNPROCESSABLE_CONTENT, "Archiv nicht importierbar", detail, List.of());
	}

	static TenantArchiveException unfit(String detail, List<String> problems) {
		return new TenantArchiveException(HttpStatus.UNPROCESSABLE_CONTENT, "Archiv nicht importierbar", detail, problems);
	}

	static TenantArchiveException tenantExists(List<String> conflicts) {
		return new TenantArchiveException(HttpStatus.CONFLICT, "Mandant existiert bereits",
				"Diese Kommune gibt es auf dieser Plattform schon; ein Import legt nur neue Mandanten an.", conflicts);
	}
}
