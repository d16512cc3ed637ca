package de.integrationskonzept.monitoring;

import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.tenancy.TenantId;

/** A frozen yearly report was released for the public site (ids only; the site reads the report through {@link YearlyReports}). */
public record YearlyReportReleased(TenantId tenantId, UUID reportId, EditionId editionId) {
}
