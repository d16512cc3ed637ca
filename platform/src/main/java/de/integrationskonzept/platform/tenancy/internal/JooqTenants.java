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
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
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
	private final SecurityAudit audit;

	JooqTenants(DSLContext dsl, SecurityAudit audit) {
		this.dsl = dsl;
		this.audit = audit;
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

	@Override
	@Transactional
	public ContactOffice updateContactOffice(ContactOffice office) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.TENANT_ADMIN, "settings.write");
		saveContactOffice(dsl, TenantContext.require(), office);
		audit.record("CONTACT_OFFICE_CHANGED", office.name());
		return office;
	}

	/** Inserts or replaces a tenant's contact office (RLS admits only the bound tenant). */
	static void saveContactOffice(DSLContext dsl, TenantId tenant, ContactOffice office) {
		dsl.insertInto(CONTACT_OFFICE)
			.set(CONTACT_OFFICE.TENANT_ID, tenant.value())
			.set(contactOfficeFields(office))
			.onConflict(CONTACT_OFFICE.TENANT_ID).doUpdate()
			.set(contactOfficeFields(office))
			.set(CONTACT_OFFICE.UPDATED_AT, java.time.OffsetDateTime.now())
			.execute();
	}

	private static java.util.Map<org.jooq.Field<?>, Object> contactOfficeFields(ContactOffice office) {
		java.util.Map<org.jooq.Field<?>, Object> fields = new java.util.LinkedHashMap<>();
		fields.put(CONTACT_OFFICE.NAME, office.name());
		fields.put(CONTACT_OFFICE.CONTACT_PERSON, office.contactPerson());
		fields.put(CONTACT_OFFICE.STREET, office.street());
		fields.put(CONTACT_OFFICE.POSTAL_CODE, office.postalCode());
		fields.put(CONTACT_OFFICE.CITY, office.city());
		fields.put(CONTACT_OFFICE.ROOM, office.room());
		fields.put(CONTACT_OFFICE.PHONE, office.phone());
		fields.put(CONTACT_OFFICE.EMAIL, office.email());
		fields.put(CONTACT_OFFICE.OFFICE_HOURS, office.officeHours());
		fields.put(CONTACT_OFFICE.WEBSITE, office.website());
		return fields;
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
