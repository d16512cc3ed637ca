package de.integrationskonzept.testing;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Accounts for tests that need several distinct people (raters, voters, workshop participants):
 * {@link de.integrationskonzept.platform.security.CurrentAccount} resolves the signed-in name to
 * such an account. Each call creates a fresh person with a unique address; sign them in with
 * {@code user(email).authorities(…)}.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** A new active person; answers the e-mail address (its local part starts with {@code prefix}). */
	public static String newPerson(JdbcTemplate jdbc, String prefix) {
		UUID id = UUID.randomUUID();
		String email = prefix + "-" + id.toString().substring(0, 8) + "@test.invalid";
		jdbc.update("insert into platform.user_account (id, email, display_name, status) values (?, ?, ?, 'ACTIVE')", id, email, prefix);
		return email;
	}

	/**
	 * A new active person holding {@code role} in {@code tenant}, as an invitation or a citizen
	 * registration leaves them; answers the e-mail address.
	 */
	public static String newMember(JdbcTemplate jdbc, TransactionTemplate transactions, TenantScope scope, TenantId tenant, String prefix,
			TenantRole role) {
		String email = newPerson(jdbc, prefix);
		UUID id = idOf(jdbc, email);
		scope.runAs(tenant, () -> transactions.executeWithoutResult(status -> jdbc.update(
				"insert into platform.membership (tenant_id, user_id, role) values (?, ?, ?)", tenant.value(), id, role.name())));
		return email;
	}

	public static UUID idOf(JdbcTemplate jdbc, String email) {
		return jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
	}
}
