package de.integrationskonzept.codegen;

import de.integrationskonzept.platform.persistence.internal.LocalDatabase;

/** The same server the Spring tests use (see {@code application-test.yaml}), reached without Spring. */
final class TestDatabase {

	static LocalDatabase.Settings settings() {
		return new LocalDatabase.Settings(true,
				System.getProperty("ik.local-database.server-url", "jdbc:postgresql://127.0.0.1:5432/postgres"), "postgres",
				null, System.getProperty("ik.local-database.database", "integrationskonzept_test"), true);
	}
}
