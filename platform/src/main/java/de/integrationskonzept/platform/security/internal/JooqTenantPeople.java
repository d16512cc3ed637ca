package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Accounts joined with their memberships in the current tenant: the explicit tenant condition and
 * the row-level security on memberships both limit every answer to it.
 */
@Service
@Transactional(readOnly = true)
class JooqTenantPeople implements TenantPeople {

	private final DSLContext dsl;

	JooqTenantPeople(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<Person> byEmail(String email) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		return one(USER_ACCOUNT.EMAIL.eq(UserAccounts.normalizeEmail(email)));
	}

	@Override
	public Optional<Person> byEmailOrId(String emailOrAccountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		if (emailOrAccountId == null || emailOrAccountId.isBlank()) {
			return Optional.empty();
		}
		return one(asUuid(emailOrAccountId.strip()).map(USER_ACCOUNT.ID::eq)
			.orElseGet(() -> USER_ACCOUNT.EMAIL.eq(UserAccounts.normalizeEmail(emailOrAccountId))));
	}

	@Override
	public List<Person> byIds(Collection<UUID> accountIds) {
		AccessControl.requireTenantRole(TenantRole.CONTRIBUTOR);
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return people(anyOf(USER_ACCOUNT.ID, accountIds));
	}

	@Override
	public int count() {
		return dsl.select(DSL.countDistinct(MEMBERSHIP.USER_ID)).from(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(TenantContext.require().value())).fetchSingle().value1();
	}

	private Optional<Person> one(Condition which) {
		return people(which).stream().findFirst();
	}

	private List<Person> people(Condition which) {
		Map<UUID, List<Person>> rows = dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL, USER_ACCOUNT.DISPLAY_NAME, MEMBERSHIP.ROLE)
			.from(USER_ACCOUNT)
			.join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(USER_ACCOUNT.ID), MEMBERSHIP.TENANT_ID.eq(TenantContext.require().value()))
			.where(which)
			.fetch(row -> new Person(row.value1(), row.value2(), row.value3(), TenantRole.valueOf(row.value4())))
			.stream().collect(Collectors.groupingBy(Person::id));
		// A person may hold several roles; the highest one counts (it includes the others).
		return rows.values().stream().map(roles -> roles.stream().max(Comparator.comparing(Person::role)).orElseThrow())
			.sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::email))
			.toList();
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
