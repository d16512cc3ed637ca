package de.integrationskonzept.platform.persistence.internal;

import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at {@link LocalDatabase} when no {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is configured. Production always configures one.
 */
public class LocalDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static final String PREFIX = "ik.local-database.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty(PREFIX + "enabled", Boolean.class, true)) {
			return;
		}
		String dataDirectory = environment.getProperty(PREFIX + "data-directory",
				Path.of(System.getProperty("user.home"), ".integrationskonzept", "postgres").toString());
		var settings = new LocalDatabase.Settings(
				environment.getProperty(PREFIX + "prefer-server", Boolean.class, false),
				environment.getProperty(PREFIX + "server-url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
				environment.getProperty(PREFIX + "server-user", "postgres"),
				dataDirectory.isBlank() ? null : Path.of(dataDirectory),
				environment.getProperty(PREFIX + "database", "integrationskonzept"),
				environment.getProperty(PREFIX + "recreate", Boolean.class, false));
		LocalDatabase database = LocalDatabase.obtain(settings);
		environment.getPropertySources().addFirst(new MapPropertySource("ik-local-database", database.springProperties()));
	}

	@Override
	public int getOrder() {
		// after application.yaml and profiles are loaded
		return Ordered.LOWEST_PRECEDENCE;
	}
}
