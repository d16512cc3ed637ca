package de.integrationskonzept.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The server refuses to run on a database role that could sidestep row-level security.
 */
@SpringBootTest
class DatabaseRoleGuardTests {

	private static final List<String> SCHEMAS = List.of("platform", "concepts", "participation", "monitoring", "publishing", "public");

	@Autowired DataSource applicationDataSource;
	@Value("${spring.datasource.url}") String url;

	@Test
	void acceptsTheApplicationRole() {
		assertThatCode(() -> new DatabaseRoleGuard(applicationDataSource, SCHEMAS).check()).doesNotThrowAnyException();
	}

	@Test
	void refusesTheRoleThatOwnsTheTables() {
		var owner = new SimpleDriverDataSource(new org.postgresql.Driver(), url, LocalDatabase.OWNER_ROLE, LocalDatabase.OWNER_ROLE);
		assertThatIllegalStateException().isThrownBy(() -> new DatabaseRoleGuard(owner, SCHEMAS).check())
			.withMessageContaining("owns [");
	}

	@Test
	void refusesASuperuser() {
		var superuser = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "");
		assertThatIllegalStateException().isThrownBy(() -> new DatabaseRoleGuard(superuser, SCHEMAS).check())
			.withMessageContaining("bypasses row-level security");
	}
}
