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
import java.util.stream.Stream;

import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import de.integrationskonzept.platform.persistence.internal.LocalDatabase;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Generates each module's jOOQ classes from the Liquibase-migrated schema of a real PostgreSQL
 * (never a simulation: RLS, checks and types must be the real ones). Each module owns one
 * PostgreSQL schema; its classes go to {@code <module>.internal.db}.
 */
public final class JooqCodeGenerator {

	/** PostgreSQL schema → Maven module directory and Java package of the generated code. */
	public record ModuleSchema(String schema, String moduleDirectory, String javaPackage) {

		public Path sourceRoot(Path repository) {
			return repository.resolve(moduleDirectory).resolve("src/main/java");
		}

		public Path packageDirectory(Path sourceRoot) {
			return sourceRoot.resolve(javaPackage.replace('.', '/'));
		}
	}

	public static final List<ModuleSchema> MODULE_SCHEMAS = List.of(
			new ModuleSchema("platform", "platform", "de.integrationskonzept.platform.internal.db"),
			new ModuleSchema("concepts", "modules/concepts", "de.integrationskonzept.concepts.internal.db"),
			new ModuleSchema("participation", "modules/participation",
					"de.integrationskonzept.participation.internal.db"),
			new ModuleSchema("monitoring", "modules/monitoring", "de.integrationskonzept.monitoring.internal.db"),
			new ModuleSchema("publishing", "modules/publishing", "de.integrationskonzept.publishing.internal.db"));

	/** Per test database, so parallel checkouts (worktrees) on one server do not collide. */
	private static final String SCRATCH_DATABASE = System.getProperty("ik.local-database.database", "integrationskonzept_test") + "_jooq";

	/** Where the changelogs live: the server's master and each module's own, read from the source tree. */
	private static final List<String> CHANGELOG_ROOTS = List.of("platform/server/src/main/resources", "platform/src/main/resources",
			"modules/concepts/src/main/resources", "modules/participation/src/main/resources", "modules/monitoring/src/main/resources",
			"modules/publishing/src/main/resources");

	private final LocalDatabase server;
	private final Path repository;

	public JooqCodeGenerator(LocalDatabase server, Path repository) {
		this.server = server;
		this.repository = repository;
	}

	/** Migrates a scratch database and generates every module's classes below {@code targetRoot(module)}. */
	public void generate(java.util.function.Function<ModuleSchema, Path> targetRoot) throws Exception {
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

	private void migrate(String url) throws Exception {
		List<ResourceAccessor> roots = new java.util.ArrayList<>();
		for (String root : CHANGELOG_ROOTS) {
			roots.add(new DirectoryResourceAccessor(repository.resolve(root)));
		}
		try (Connection connection = DriverManager.getConnection(url, LocalDatabase.OWNER_ROLE, LocalDatabase.OWNER_ROLE);
				var liquibase = new Liquibase("db/changelog/db.changelog-master.yaml", new CompositeResourceAccessor(roots),
						DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))) {
			liquibase.setChangeLogParameter("appRole", LocalDatabase.APP_ROLE);
			liquibase.update(new Contexts(), new LabelExpression());
		}
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
								// Liquibase's own tables, and the web sessions only Spring Session reads and writes.
								.withExcludes("databasechangelog.*|http_session.*"))
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
