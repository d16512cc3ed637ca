package de.integrationskonzept.platform.tenancy.internal;

import static de.integrationskonzept.platform.internal.db.Tables.CONTACT_OFFICE;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT_HOST_NAME;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.internal.db.tables.records.ContactOfficeRecord;
import de.integrationskonzept.platform.tenancy.Ags;
import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Population;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.platform.tenancy.TenantStatus;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;

/**
 * The tenant registry in PostgreSQL. The registry tables are global; the contact office is
 * tenant-owned and read under row-level security.
 */
@Repository
@Transactional(readOnly = true)
class JooqTenants implements Tenants {

	private static final Condition ACTIVE = TENANT.STATUS.eq(TenantStatus.ACTIVE.name());

	private final DSLContext dsl;

	JooqTenants(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<Tenant> findActive() {
		return dsl.selectFrom(TENANT).where(ACTIVE).orderBy(TENANT.SHORT_NAME).fetch(JooqTenants::toTenant);
	}

	@Override
	public Optional<Tenant> findActiveBySlug(String slug) {
		return dsl.selectFrom(TENANT).where(ACTIVE, TENANT.SLUG.eq(slug)).fetchOptional(JooqTenants::toTenant);
	}

	@Override
	public Optional<Tenant> findActiveById(TenantId id) {
		return dsl.selectFrom(TENANT).where(ACTIVE, TENANT.ID.eq(id.value())).fetchOptional(JooqTenants::toTenant);
	}

	@Override
	public Optional<Tenant> findActiveByHostName(String hostName) {
		return dsl.select(TENANT.fields())
			.from(TENANT)
			.join(TENANT_HOST_NAME).on(TENANT_HOST_NAME.TENANT_ID.eq(TENANT.ID))
			.where(ACTIVE, TENANT_HOST_NAME.HOST_NAME.eq(hostName))
			.fetchOptional(JooqTenants::toTenant);
	}

	@Override
	public Tenant current() {
		TenantId id = TenantContext.require();
		return findActiveById(id).orElseThrow(() -> new UnknownTenantException(id.toString()));
	}

	@Override
	public Optional<ContactOffice> currentContactOffice() {
		TenantId tenant = TenantContext.require();
		// Row-level security already limits this to the current tenant; the condition states the intent.
		return dsl.selectFrom(CONTACT_OFFICE)
			.where(CONTACT_OFFICE.TENANT_ID.eq(tenant.value()))
			.fetchOptional(JooqTenants::toContactOffice);
	}

	static Tenant toTenant(Record row) {
		var tenant = row.into(TENANT);
		Population population = tenant.getPopulation() == null ? null
				: new Population(tenant.getPopulation(), tenant.getPopulationAsOf(), tenant.getPopulationSource());
		return new Tenant(new TenantId(tenant.getId()), tenant.getSlug(), tenant.getName(), tenant.getShortName(),
				TenantKind.valueOf(tenant.getKind()), new Ags(tenant.getAgs()),
				Bundesland.valueOf(tenant.getBundesland()), population, tenant.getDefaultLanguage(),
				TenantStatus.valueOf(tenant.getStatus()));
	}

	static ContactOffice toContactOffice(ContactOfficeRecord office) {
		return new ContactOffice(office.getName(), office.getContactPerson(), office.getStreet(),
				office.getPostalCode(), office.getCity(), office.getRoom(), office.getPhone(), office.getEmail(),
				office.getOfficeHours(), office.getWebsite());
	}
}
