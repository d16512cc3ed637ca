package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The people with a role in the current tenant, for its administrators. The tenant's RLS on
 * memberships limits the list; the role check limits who may see it.
 */
@Service
class TenantMembers {

	private final DSLContext dsl;

	TenantMembers(DSLContext dsl) {
		this.dsl = dsl;
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
