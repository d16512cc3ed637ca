package de.integrationskonzept.platform.persistence;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Replaces Boot's transaction manager with the tenant-binding one; jOOQ's and Spring Modulith's
 * transactions all go through it.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new TenantBindingTransactionManager(dataSource);
	}
}
