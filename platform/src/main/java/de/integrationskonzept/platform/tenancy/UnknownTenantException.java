package de.integrationskonzept.platform.tenancy;

/**
 * No active tenant answers to the requested slug or host name. Unknown and suspended tenants
 * are treated alike, so the answer reveals nothing about either.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class UnknownTenantException extends RuntimeException {

	private final String reference;

	public UnknownTenantException(String reference) {
		super("Kein aktiver Mandant unter „" + reference + "“");
		this.reference = reference;
	}

	public String reference() {
		return reference;
	}
}
