package de.integrationskonzept.platform.tenancy.internal;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform administration: removing a municipality that leaves, with all its data ({@link TenantRemoval}). */
@RestController
@Tag(name = "Plattform-Administration")
class TenantRemovalApi {

	private final TenantRemoval removal;

	TenantRemovalApi(TenantRemoval removal) {
		this.removal = removal;
	}

	/** The rows removed per table; {@code /api/admin/**} is for platform admins only (SecurityConfiguration), the service checks again. */
	@DeleteMapping("/api/admin/tenants/{slug}")
	@Operation(summary = "Kommune mit allen ihren Daten entfernen (nur Plattform-Administration)")
	Map<String, Integer> remove(@PathVariable String slug) {
		return removal.remove(slug);
	}
}
