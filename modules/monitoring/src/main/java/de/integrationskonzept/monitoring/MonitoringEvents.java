package de.integrationskonzept.monitoring;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.tenancy.TenantId;

/** Events the monitoring module publishes. */
public final class MonitoringEvents {

	private MonitoringEvents() {
	}

	/**
	 * The released (public) values of an edition changed: released anew ({@code released}) or withdrawn. Published
	 * in the transaction that stored the change, so that the public site can drop what it cached after commit.
	 */
	public record ValuesReleased(TenantId tenantId, EditionId editionId, boolean released) {
	}
}
