package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.TENANT_SECURITY_SETTING;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * A tenant's own security rules, set by its administrators: whether all staff (every role above
 * citizen) must sign in with a second factor. {@link SecondFactors#required} enforces it at the
 * next sign-in.
 */
@Service
class TenantSecuritySettings {

	private final DSLContext dsl;
	private final SecurityAudit audit;

	TenantSecuritySettings(DSLContext dsl, SecurityAudit audit) {
		this.dsl = dsl;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	boolean staffRequireTotp() {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		return dsl.select(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP)
			.from(TENANT_SECURITY_SETTING)
			.where(TENANT_SECURITY_SETTING.TENANT_ID.eq(TenantContext.require().value()))
			.fetchOptional(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP)
			.orElse(false);
	}

	@Transactional
	void requireTotpForStaff(boolean required) {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		boolean before = staffRequireTotp();
		dsl.insertInto(TENANT_SECURITY_SETTING)
			.set(TENANT_SECURITY_SETTING.TENANT_ID, TenantContext.require().value())
			.set(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP, required)
			.onConflict(TENANT_SECURITY_SETTING.TENANT_ID).doUpdate()
			.set(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP, required)
			.set(TENANT_SECURITY_SETTING.UPDATED_AT, OffsetDateTime.now())
			.execute();
		if (before != required) {
			audit.record("TENANT_SECURITY_SETTING_CHANGED", "staff_require_totp=" + required);
		}
	}
}
