package de.integrationskonzept.platform.tenancy.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public, read-only API of the tenant registry.
 */
@RestController
@Tag(name = "Mandanten", description = "Kommunen auf der Plattform")
class TenantApi {

	private final Tenants tenants;

	TenantApi(Tenants tenants) {
		this.tenants = tenants;
	}

	/** A tenant as the public list shows it. */
	record TenantSummary(String slug, String name, String shortName, String kind, String ags, String bundesland) {

		static TenantSummary of(Tenant tenant) {
			return new TenantSummary(tenant.slug(), tenant.name(), tenant.shortName(), tenant.kind().name(),
					tenant.ags().value(), tenant.bundesland().name());
		}
	}

	/** A tenant with its population and contact office. */
	record TenantDetails(String slug, String name, String shortName, String kind, String ags, String bundesland,
			Integer population, String populationAsOf, String populationSource, String defaultLanguage,
			ContactOffice contactOffice) {
	}

	@GetMapping("/api/tenants")
	@Operation(summary = "Aktive Mandanten", description = "Alle aktiven Kommunen, nach Namen sortiert.")
	List<TenantSummary> list() {
		return tenants.findActive().stream().map(TenantSummary::of).toList();
	}

	@PutMapping("/api/{tenantSlug}/contact-office")
	@Operation(summary = "Kontaktstelle ändern",
			description = "Ersetzt die Kontaktstelle. Erfordert TENANT_ADMIN oder einen API-Client des Mandanten mit Scope settings.write.")
	ContactOffice updateContactOffice(@PathVariable String tenantSlug, @RequestBody ContactOffice office) {
		return tenants.updateContactOffice(office);
	}

	@GetMapping("/api/tenants/{tenantSlug}")
	@Operation(summary = "Ein Mandant", description = "Stammdaten und Kontaktstelle; 404 für unbekannte oder gesperrte Mandanten.")
	TenantDetails get(@PathVariable String tenantSlug) {
		// The resolution filter has bound the tenant this path names.
		Tenant tenant = tenants.current();
		var population = tenant.population();
		return new TenantDetails(tenant.slug(), tenant.name(), tenant.shortName(), tenant.kind().name(),
				tenant.ags().value(), tenant.bundesland().name(), population == null ? null : population.count(),
				population == null ? null : population.asOf().toString(), population == null ? null : population.source(),
				tenant.defaultLanguage(), tenants.currentContactOffice().orElse(null));
	}
}
