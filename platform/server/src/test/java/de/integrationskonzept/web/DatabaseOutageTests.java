package de.integrationskonzept.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL unreachable: requests answer 503 with Retry-After — problem details on the API, the
 * error page for browsers — and succeed again once the database is back, without a restart. The
 * application runs on the real PostgreSQL; during the outage its data source hands out the
 * connections of a real pool whose server does not exist (a closed port on loopback).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ik.demo.concepts-import=false", "ik.demo.participation-import=false", "ik.demo.monitoring-import=false" })
class DatabaseOutageTests {

	@LocalServerPort int port;
	@Autowired DataSource dataSource;
	OutageSwitch outage;

	@BeforeEach
	void theSwitch() {
		outage = (OutageSwitch) dataSource;
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void databaseBack() {
		outage.unreachable.set(false);
	}

	@Test
	void apiAnswers503ProblemDetailWhileTheDatabaseIsUnreachableAndRecoversAfterwards() throws Exception {
		assertThat(fetch("/api/tenants", "application/json").statusCode()).isEqualTo(200);

		outage.unreachable.set(true);
		var during = fetch("/api/tenants", "application/json");
		assertThat(during.statusCode()).isEqualTo(503);
		assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(during.body()).contains("\"status\":503", "Dienst vorübergehend nicht verfügbar");

		outage.unreachable.set(false);
		var after = fetch("/api/tenants", "application/json");
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("wiesbaden");
	}

	@Test
	void browsersGetTheReadableErrorPageWith503() throws Exception {
		outage.unreachable.set(true);
		var german = fetch("/", "text/html");
		assertThat(german.statusCode()).isEqualTo(503);
		assertThat(german.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(german.body()).contains("Der Dienst ist gerade nicht erreichbar");
		var english = fetch("/?lang=en", "text/html");
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.body()).contains("The service is unavailable right now");

		outage.unreachable.set(false);
		assertThat(fetch("/", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void apiPathsAskedByABrowserStillGetProblemDetails() throws Exception {
		outage.unreachable.set(true);
		var during = fetch("/api/tenants", "text/html");
		assertThat(during.statusCode()).isEqualTo(503);
		assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** While {@code unreachable}, every new connection comes from a pool pointed at a port nothing listens on. */
	static class OutageSwitch extends DelegatingDataSource implements AutoCloseable {

		final AtomicBoolean unreachable = new AtomicBoolean();
		private final HikariDataSource nowhere;

		OutageSwitch(DataSource real) {
			super(real);
			var config = new HikariConfig();
			config.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/nowhere");
			config.setUsername("nobody");
			config.setConnectionTimeout(500);
			config.setInitializationFailTimeout(-1);
			config.setPoolName("unreachable");
			nowhere = new HikariDataSource(config);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return unreachable.get() ? nowhere.getConnection() : super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return unreachable.get() ? nowhere.getConnection() : super.getConnection(username, password);
		}

		@Override
		public void close() {
			nowhere.close();
			((HikariDataSource) getTargetDataSource()).close();
		}
	}

	@TestConfiguration
	static class Outage {

		@Bean
		static BeanPostProcessor outageSwitch() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof HikariDataSource real && "dataSource".equals(beanName) ? new OutageSwitch(real) : bean;
				}
			};
		}
	}
}
