package de.integrationskonzept.testing;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

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

	public static UUID idOf(JdbcTemplate jdbc, String email) {
		return jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
	}
}
