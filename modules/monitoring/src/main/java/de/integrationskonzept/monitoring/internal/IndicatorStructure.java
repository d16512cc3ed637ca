package de.integrationskonzept.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Reads which indicators (and measures) an edition has. Callers have passed monitoring's own access check
 * (a role or a {@code monitoring.*} scope) before; an API client with only {@code monitoring.write}
 * must still be able to validate against the concept, so the read of the structure runs as a
 * read-only system actor of the same tenant.
 */
@Component
class IndicatorStructure {

	private final ConceptEditions editions;
	private final Actors actors;

	IndicatorStructure(ConceptEditions editions, Actors actors) {
		this.editions = editions;
		this.actors = actors;
	}

	/** The tenant's actors (Akteure) by id, read the same way, to check and name a project's carrier. */
	public Map<UUID, Actor> actors() {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> {
			Map<UUID, Actor> byId = new HashMap<>();
			actors.list().forEach(actor -> byId.put(actor.id(), actor));
			return byId;
		});
	}

	public EditionIndicators of(EditionId edition) {
		return EditionIndicators.of(edition(edition));
	}

	/** The whole edition (its years bound the collection rounds; the measure import adds measures to a draft), read the same way. */
	public Edition edition(EditionId edition) {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> editions.get(edition));
	}


	/** The edition's German title, read the same way (also for anonymous visitors of released reports). */
	public String title(EditionId edition) {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> editions.get(edition).title().german());
	}

	/** The edition's measures and goals, read the same way. */
	public EditionMeasures measures(EditionId edition) {
		return EditionMeasures.of(edition(edition));
	}

	/** The catalogue code of every indicator, in every edition of the current tenant, that refers to one. */
	public Map<UUID, String> catalogueCodes() {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> {
			Map<UUID, String> codes = new HashMap<>();
			editions.list().forEach(summary -> EditionIndicators.of(editions.get(summary.id())).byId().values().stream()
				.filter(located -> located.indicator().catalogueCode() != null)
				.forEach(located -> codes.put(located.indicator().id(), located.indicator().catalogueCode())));
			return codes;
		});
	}
}
