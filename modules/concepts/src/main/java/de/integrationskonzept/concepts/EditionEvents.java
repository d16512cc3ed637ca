package de.integrationskonzept.concepts;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Events other modules listen to (published through Spring Modulith's event publication
 * registry). They carry ids, never content or personal data.
 */
public final class EditionEvents {

	private EditionEvents() {
	}

	public record EditionStatusChanged(TenantId tenantId, EditionId editionId, EditionStatus from, EditionStatus to) {
	}

	public record EditionAdopted(TenantId tenantId, EditionId editionId) {
	}

	public record EditionPublished(TenantId tenantId, EditionId editionId) {
	}

	/** Content changed (one save); {@code changes} counts the items added, removed or changed. */
	public record EditionContentChanged(TenantId tenantId, EditionId editionId, int version, int changes) {
	}
}
