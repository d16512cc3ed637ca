package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The people with a role in the current tenant, for its administrators. The tenant's RLS on
 * memberships limits the list; the role check limits who may see it.
 */
@Service
class TenantMembers {

	private final DSLContext dsl;
	private final SecurityAudit audit;

	TenantMembers(DSLContext dsl, SecurityAudit audit) {
		this.dsl = dsl;
		this.audit = audit;
	}

	/** A revocation that would leave the tenant without anyone to administer it. */
	static final class LastAdministratorException extends IllegalStateException {

		LastAdministratorException() {
			super("the last TENANT_ADMIN role of a tenant cannot be revoked");
		}
	}

	record Member(String email, String displayName, List<String> roles) {
	}

	@Transactional(readOnly = true)
	List<Member> list() {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		return dsl.select(USER_ACCOUNT.EMAIL, USER_ACCOUNT.DISPLAY_NAME, DSL.arrayAgg(MEMBERSHIP.ROLE).orderBy(MEMBERSHIP.ROLE))
			.from(MEMBERSHIP)
			.join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(MEMBERSHIP.USER_ID))
			.groupBy(USER_ACCOUNT.EMAIL, USER_ACCOUNT.DISPLAY_NAME)
			.orderBy(USER_ACCOUNT.DISPLAY_NAME)
			.fetch(row -> new Member(row.value1(), row.value2(), List.of(row.value3())));
	}

	/**
	 * Takes a role away from a member of the current tenant. The tenant's last administrator role
	 * stays: only an administrator may revoke, so that role is always the caller's own, and
	 * nobody could administer the tenant without it. The administrator roles are locked while
	 * counting, so two administrators revoking each other at once cannot both succeed.
	 *
	 * @return whether the member held the role
	 */
	@Transactional
	boolean revoke(String email, TenantRole role) {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		var tenant = TenantContext.require().value();
		UUID user = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(UserAccounts.normalizeEmail(email)))
			.fetchOptional(USER_ACCOUNT.ID).orElse(null);
		if (user == null) {
			return false;
		}
		if (role == TenantRole.TENANT_ADMIN) {
			List<UUID> administrators = dsl.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
				.where(MEMBERSHIP.TENANT_ID.eq(tenant), MEMBERSHIP.ROLE.eq(TenantRole.TENANT_ADMIN.name()))
				.forUpdate()
				.fetch(MEMBERSHIP.USER_ID);
			if (administrators.equals(List.of(user))) {
				throw new LastAdministratorException();
			}
		}
		boolean revoked = dsl.deleteFrom(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(tenant), MEMBERSHIP.USER_ID.eq(user), MEMBERSHIP.ROLE.eq(role.name()))
			.execute() == 1;
		if (revoked) {
			audit.record("ROLE_REVOKED", UserAccounts.normalizeEmail(email) + " " + role);
		}
		return revoked;
	}

	@RestController
	@Tag(name = "Mitglieder")
	static class Api {

		private final TenantMembers members;

		Api(TenantMembers members) {
			this.members = members;
		}

		@GetMapping("/api/{tenantSlug}/members")
		@Operation(summary = "Mitglieder des Mandanten", description = "Personen mit Rollen im Mandanten. Erfordert TENANT_ADMIN.")
		List<Member> list(@PathVariable String tenantSlug) {
			return members.list();
		}
	}
}
