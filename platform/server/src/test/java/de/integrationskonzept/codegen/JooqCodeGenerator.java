package de.integrationskonzept.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import de.integrationskonzept.platform.persistence.internal.LocalDatabase;
import liquibase.integration.spring.SpringLiquibase;

/**
 * Generates each module's jOOQ classes from the Liquibase-migrated schema of a real PostgreSQL
 * (never a simulation: RLS, checks and types must be the real ones). Each module owns one
 * PostgreSQL schema; its classes go to {@code <module>.internal.db}.
 */
final class JooqCodeGenerator {

	/** PostgreSQL schema → Maven module directory and Java package of the generated code. */
	record ModuleSchema(String schema, String moduleDirectory, String javaPackage) {

		Path sourceRoot(Path repository) {
			return repository.resolve(moduleDirectory).resolve("src/main/java");
		}

		Path packageDirectory(Path sourceRoot) {
			return sourceRoot.resolve(javaPackage.replace('.', '/'));
		}
	}

	static final List<ModuleSchema> MODULE_SCHEMAS = List.of(
			new ModuleSchema("platform", "platform", "de.integrationskonzept.platform.internal.db"),
			new ModuleSchema("concepts", "modules/concepts", "de.integrationskonzept.concepts.internal.db"),
			new ModuleSchema("participation", "modules/participation",
					"de.integrationskonzept.participation.internal.db"),
			new ModuleSchema("monitoring", "modules/monitoring", "de.integrationskonzept.monitoring.internal.db"),
			new ModuleSchema("publishing", "modules/publishing", "de.integrationskonzept.publishing.internal.db"));

	/** Per test database, so parallel checkouts (worktrees) on one server do not collide. */
	private static final String SCRATCH_DATABASE = System.getProperty("ik.local-database.database", "integrationskonzept_test") + "_jooq";

	private final LocalDatabase server;

	JooqCodeGenerator(LocalDatabase server) {
		this.server = server;
	}

	/** Migrates a scratch database and generates every module's classes below {@code targetRoot(module)}. */
	void generate(java.util.function.Function<ModuleSchema, Path> targetRoot) throws Exception {
		server.recreateDatabase(SCRATCH_DATABASE, "postgres");
		String url = server.jdbcUrl(SCRATCH_DATABASE);
		migrate(url);
		for (ModuleSchema module : MODULE_SCHEMAS) {
			Path root = targetRoot.apply(module);
			deleteRecursively(module.packageDirectory(root));
			if (hasTables(url, module.schema())) {
				GenerationTool.generate(configuration(url, module, root));
			}
		}
	}

	private static void migrate(String url) throws Exception {
		var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, LocalDatabase.OWNER_ROLE,
				LocalDatabase.OWNER_ROLE);
		var liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
		liquibase.setChangeLogParameters(Map.of("appRole", LocalDatabase.APP_ROLE));
		liquibase.afterPropertiesSet();
	}

	private static boolean hasTables(String url, String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, LocalDatabase.OWNER_ROLE, LocalDatabase.OWNER_ROLE);
				var statement = connection.prepareStatement(
						"select count(*) from information_schema.tables where table_schema = ?")) {
			statement.setString(1, schema);
			var result = statement.executeQuery();
			result.next();
			return result.getInt(1) > 0;
		}
	}

	private static Configuration configuration(String url, ModuleSchema module, Path root) {
		return new Configuration()
				.withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
						.withUser(LocalDatabase.OWNER_ROLE).withPassword(LocalDatabase.OWNER_ROLE))
				.withGenerator(new Generator()
						.withDatabase(new Database()
								.withName("org.jooq.meta.postgres.PostgresDatabase")
								.withInputSchema(module.schema())
								.withIncludes(".*")
								.withExcludes("databasechangelog.*"))
						.withGenerate(new Generate()
								.withRecords(true)
								.withPojos(false)
								.withDaos(false)
								.withJavaTimeTypes(true)
								.withGeneratedAnnotation(false)
								.withComments(true))
						.withTarget(new Target()
								.withPackageName(module.javaPackage())
								.withDirectory(root.toString())
								.withClean(true)));
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
