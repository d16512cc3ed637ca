package de.integrationskonzept.platform.tenancy.internal;

import java.time.LocalDate;
import java.util.List;

import de.integrationskonzept.platform.tenancy.Ags;
import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Population;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.platform.tenancy.TenantStatus;

/**
 * One {@code tenants/*.yaml} file: a municipality as its manifest describes it.
 */
record TenantManifest(String slug, String name, String shortName, TenantKind kind, String ags,
		Bundesland bundesland, PopulationEntry population, String defaultLanguage, TenantStatus status,
		List<String> hostNames, ContactOffice contactOffice) {

	record PopulationEntry(Integer count, LocalDate asOf, String source) {
	}

	/** Validates the manifest into a tenant; throws {@link IllegalArgumentException} naming the problem. */
	Tenant toTenant(TenantId id) {
		Population inhabitants = population == null ? null
				: new Population(required(population.count(), "population.count"),
						required(population.asOf(), "population.asOf"), population.source());
		return new Tenant(id, slug, name, shortName, required(kind, "kind"), new Ags(required(ags, "ags")),
				required(bundesland, "bundesland"), inhabitants, defaultLanguage,
				status == null ? TenantStatus.ACTIVE : status);
	}

	List<String> normalizedHostNames() {
		if (hostNames == null) {
			return List.of();
		}
		for (String host : hostNames) {
			if (host == null || !host.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
				throw new IllegalArgumentException("host name must be lowercase letters, digits, dots and hyphens: " + host);
			}
		}
		return hostNames.stream().sorted().distinct().toList();
	}

	ContactOffice contactOfficeOrEmpty() {
		return contactOffice == null ? ContactOffice.empty() : contactOffice;
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value;
	}
}
