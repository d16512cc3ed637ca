package de.integrationskonzept.platform.tenancy.internal;

import static de.integrationskonzept.platform.internal.db.Tables.CONTACT_OFFICE;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT_HOST_NAME;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.internal.db.tables.records.ContactOfficeRecord;
import de.integrationskonzept.platform.internal.db.tables.records.TenantRecord;
import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Creates or updates tenants from their manifests. All manifests are validated before anything
 * is written, and everything is written in one transaction: a bad manifest changes nothing.
 * Re-running with the same manifests changes nothing either (no row, no updated-at stamp).
 */
@Component
class TenantManifestImport {

	private static final Logger LOG = LoggerFactory.getLogger(TenantManifestImport.class);
	private static final String ACTOR = "tenant-manifest-import";

	private final DSLContext dsl;
	private final CrossTenantOperations crossTenant;
	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	TenantManifestImport(DSLContext dsl, CrossTenantOperations crossTenant) {
		this.dsl = dsl;
		this.crossTenant = crossTenant;
	}

	record Result(int created, int updated, int unchanged) {
	}

	private record Planned(Tenant tenant, List<String> hostNames, ContactOffice contactOffice) {
	}

	@Transactional
	public Result importManifests(List<Resource> manifests) {
		List<Planned> plan = validate(manifests);
		Set<TenantId> created = new HashSet<>();
		Set<TenantId> changed = new HashSet<>();
		Map<TenantId, ContactOffice> offices = new LinkedHashMap<>();
		for (Planned planned : plan) {
			TenantId id = planned.tenant().id();
			switch (upsertTenant(planned.tenant())) {
				case CREATED -> created.add(id);
				case UPDATED -> changed.add(id);
				case UNCHANGED -> { }
			}
			if (replaceHostNames(id, planned.hostNames())) {
				changed.add(id);
			}
			offices.put(id, planned.contactOffice());
		}
		changed.addAll(crossTenant.forEachTenant(ACTOR, "Kontaktstellen aus Mandanten-Manifesten übernehmen",
				offices.keySet(), tenant -> upsertContactOffice(tenant, offices.get(tenant))));
		changed.removeAll(created);
		var result = new Result(created.size(), changed.size(), plan.size() - created.size() - changed.size());
		LOG.info("Tenant import: {} created, {} updated, {} unchanged", result.created(), result.updated(), result.unchanged());
		return result;
	}

	private List<Planned> validate(List<Resource> manifests) {
		List<String> problems = new ArrayList<>();
		List<Planned> plan = new ArrayList<>();
		Map<String, String> slugs = new LinkedHashMap<>();
		Map<String, String> agsKeys = new LinkedHashMap<>();
		for (Resource resource : manifests) {
			String file = resource.getFilename();
			try (InputStream in = resource.getInputStream()) {
				TenantManifest manifest = yaml.readValue(in, TenantManifest.class);
				// A rejected sign-up may have used the slug before; it no longer holds it.
				TenantId id = dsl.select(TENANT.ID).from(TENANT)
					.where(TENANT.SLUG.eq(manifest.slug()), TENANT.STATUS.ne(TenantStatus.REJECTED.name()))
					.fetchOptional(TENANT.ID).map(TenantId::new).orElseGet(TenantId::random);
				Tenant tenant = manifest.toTenant(id);
				String otherSlug = slugs.put(tenant.slug(), file);
				String otherAgs = agsKeys.put(tenant.ags().value(), file);
				if (otherSlug != null) {
					problems.add(file + ": slug " + tenant.slug() + " is also used by " + otherSlug);
				}
				if (otherAgs != null) {
					problems.add(file + ": AGS " + tenant.ags() + " is also used by " + otherAgs);
				}
				plan.add(new Planned(tenant, manifest.normalizedHostNames(), manifest.contactOfficeOrEmpty()));
			}
			catch (JacksonException e) {
				problems.add(file + ": " + e.getOriginalMessage());
			}
			catch (IllegalArgumentException | NullPointerException e) {
				problems.add(file + ": " + e.getMessage());
			}
			catch (IOException e) {
				problems.add(file + ": cannot be read (" + e.getMessage() + ")");
			}
		}
		if (!problems.isEmpty()) {
			throw new TenantManifestException(problems);
		}
		return plan;
	}

	private enum Change {
		CREATED, UPDATED, UNCHANGED
	}

	private Change upsertTenant(Tenant tenant) {
		TenantRecord existing = dsl.selectFrom(TENANT).where(TENANT.ID.eq(tenant.id().value())).fetchOne();
		TenantRecord wanted = dsl.newRecord(TENANT);
		wanted.setId(tenant.id().value());
		wanted.setSlug(tenant.slug());
		wanted.setName(tenant.name());
		wanted.setShortName(tenant.shortName());
		wanted.setKind(tenant.kind().name());
		wanted.setAgs(tenant.ags().value());
		wanted.setBundesland(tenant.bundesland().name());
		wanted.setPopulation(tenant.population() == null ? null : tenant.population().count());
		wanted.setPopulationAsOf(tenant.population() == null ? null : tenant.population().asOf());
		wanted.setPopulationSource(tenant.population() == null ? null : tenant.population().source());
		wanted.setDefaultLanguage(tenant.defaultLanguage());
		wanted.setStatus(tenant.status().name());
		if (existing == null) {
			wanted.insert();
			return Change.CREATED;
		}
		if (JooqTenants.toTenant(existing).equals(tenant)) {
			return Change.UNCHANGED;
		}
		wanted.setUpdatedAt(OffsetDateTime.now());
		wanted.changed(TENANT.CREATED_AT, false);
		wanted.update();
		return Change.UPDATED;
	}

	private boolean replaceHostNames(TenantId tenant, List<String> wanted) {
		List<String> existing = dsl.select(TENANT_HOST_NAME.HOST_NAME).from(TENANT_HOST_NAME)
			.where(TENANT_HOST_NAME.TENANT_ID.eq(tenant.value())).orderBy(TENANT_HOST_NAME.HOST_NAME)
			.fetch(TENANT_HOST_NAME.HOST_NAME);
		if (existing.equals(wanted)) {
			return false;
		}
		dsl.deleteFrom(TENANT_HOST_NAME).where(TENANT_HOST_NAME.TENANT_ID.eq(tenant.value())).execute();
		for (String host : wanted) {
			dsl.insertInto(TENANT_HOST_NAME, TENANT_HOST_NAME.HOST_NAME, TENANT_HOST_NAME.TENANT_ID)
				.values(host, tenant.value()).execute();
		}
		return true;
	}

	private boolean upsertContactOffice(TenantId tenant, ContactOffice office) {
		ContactOfficeRecord existing = dsl.selectFrom(CONTACT_OFFICE)
			.where(CONTACT_OFFICE.TENANT_ID.eq(tenant.value())).fetchOne();
		if (existing != null && JooqTenants.toContactOffice(existing).equals(office)) {
			return false;
		}
		JooqTenants.saveContactOffice(dsl, tenant, office);
		return true;
	}
}
