package de.integrationskonzept.platform.persistence.internal;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application connects as a role that could sidestep row-level
 * security: a superuser, a role with BYPASSRLS, or the owner of any table of the platform's
 * schemas. A misconfigured production (app and migrations on one role) fails loudly here.
 */
@Component
@Order(0)
class DatabaseRoleGuard implements ApplicationRunner {

	private final JdbcTemplate jdbc;
	private final List<String> schemas;

	DatabaseRoleGuard(DataSource dataSource,
			@Value("${ik.database.schemas:platform,concepts,participation,monitoring,publishing,public}") List<String> schemas) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.schemas = schemas;
	}

	@Override
	public void run(ApplicationArguments args) {
		check();
	}

	void check() {
		var role = jdbc.queryForMap("select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
		if (Boolean.TRUE.equals(role.get("rolsuper")) || Boolean.TRUE.equals(role.get("rolbypassrls"))) {
			throw new IllegalStateException("The application connects as " + role.get("name")
					+ ", which bypasses row-level security; connect as a role without SUPERUSER and BYPASSRLS");
		}
		List<String> owned = jdbc.queryForList("""
				select schemaname || '.' || tablename from pg_tables
				where tableowner = current_user and schemaname = any (?)
				""", String.class, (Object) schemas.toArray(String[]::new));
		if (!owned.isEmpty()) {
			throw new IllegalStateException("The application role " + role.get("name") + " owns " + owned
					+ "; table owners can switch row-level security off. Run migrations as a separate owner role"
					+ " (SPRING_LIQUIBASE_USER) and connect the application as a role that owns nothing.");
		}
	}
}
