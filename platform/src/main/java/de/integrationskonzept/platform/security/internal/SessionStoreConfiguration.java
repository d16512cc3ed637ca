package de.integrationskonzept.platform.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * PostgreSQL's upsert for session attributes. Spring Session's default SQL inserts an attribute
 * that a request added; when two requests of one session add the same attribute at once (a
 * double-clicked form: both store a flash message) the second insert broke the primary key and
 * the request answered 500 after its work was already saved. The load test found it.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
