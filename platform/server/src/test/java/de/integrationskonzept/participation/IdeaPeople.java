package de.integrationskonzept.participation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.TestAccounts;

/** Distinct people with real accounts, signed in through a session, a token or directly for a service call. */
final class IdeaPeople {

	private IdeaPeople() {
	}

	static void ensureAccount(JdbcTemplate jdbc, String email) {
		jdbc.update("insert into platform.user_account (id, email, display_name, status) values (?, ?, 'Bürgerin', 'ACTIVE') on conflict do nothing",
				UUID.randomUUID(), email);
	}

	/**
	 * Deletes accounts as account deletion does (the application role may not delete accounts: the
	 * test connects as the schema owner Liquibase uses).
	 */
	static void deleteAccounts(org.springframework.core.env.Environment environment, String... emails) {
		var owner = new org.springframework.jdbc.datasource.DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getRequiredProperty("spring.liquibase.password"));
		for (String email : emails) {
			new JdbcTemplate(owner).update("delete from platform.user_account where email = ?", email);
		}
	}

	static String person(JdbcTemplate jdbc, String prefix) {
		return TestAccounts.newPerson(jdbc, prefix);
	}

	static UserRequestPostProcessor session(String email, TenantId tenant, TenantRole role) {
		return user(email).authorities(TenantAuthority.of(tenant, role));
	}

	static JwtRequestPostProcessor token(String email, TenantId tenant, TenantRole role) {
		return jwt().jwt(jwt -> jwt.subject(email)).authorities(TenantAuthority.of(tenant, role));
	}

	/** Runs a service call as {@code email} with {@code role} in {@code tenant}. */
	static <T> T as(TenantScope scope, String email, TenantId tenant, TenantRole role, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(email, null, List.of(TenantAuthority.of(tenant, role))));
		try {
			return scope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static Idea submit(Ideas ideas, TenantScope scope, String email, TenantId tenant, ParticipationProcess process, String title) {
		return as(scope, email, tenant, TenantRole.CITIZEN, () -> ideas.submit(process.id(),
				new Ideas.NewIdea(title, "Beschreibung der Idee „" + title + "“ mit genug Text.", "Bildung", "Nordend", true)));
	}
}
