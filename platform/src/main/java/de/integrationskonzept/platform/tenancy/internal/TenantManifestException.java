package de.integrationskonzept.platform.tenancy.internal;

import java.util.List;

/**
 * One or more manifests are invalid; the import wrote nothing. Lists every problem found, each
 * with the file it is in.
 */
class TenantManifestException extends RuntimeException {

	private final List<String> problems;

	TenantManifestException(List<String> problems) {
		super("Tenant manifests rejected, nothing imported:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}
}
