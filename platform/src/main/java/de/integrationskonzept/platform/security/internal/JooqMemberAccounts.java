package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.MemberAccounts;
import de.integrationskonzept.platform.security.TenantRole;

@Service
@Transactional(readOnly = true)
class JooqMemberAccounts implements MemberAccounts {

	private final DSLContext dsl;

	JooqMemberAccounts(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<UUID> findMember(String emailOrAccountId) {
		if (emailOrAccountId == null || emailOrAccountId.isBlank()) {
			return Optional.empty();
		}
		var account = asUuid(emailOrAccountId.strip()).map(USER_ACCOUNT.ID::eq)
			.orElseGet(() -> USER_ACCOUNT.EMAIL.eq(UserAccounts.normalizeEmail(emailOrAccountId)));
		// The membership join runs under the tenant's RLS: accounts of other tenants are not found.
		return dsl.selectDistinct(USER_ACCOUNT.ID).from(USER_ACCOUNT).join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(USER_ACCOUNT.ID))
			.where(account).fetchOptional(USER_ACCOUNT.ID);
	}

	@Override
	public Map<UUID, String> emailsOf(Collection<UUID> accounts) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.in(accounts))
			.fetchMap(USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL);
	}

	@Override
	public int countMembers() {
		return dsl.select(DSL.countDistinct(MEMBERSHIP.USER_ID)).from(MEMBERSHIP).fetchSingle().value1();
	}

	private static Optional<UUID> asUuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
