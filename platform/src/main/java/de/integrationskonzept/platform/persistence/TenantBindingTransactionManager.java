package de.integrationskonzept.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Begins every transaction by copying the current tenant into the PostgreSQL session, where the
 * row-level-security policies read it. A transaction begun without a tenant binds none, and any
 * query on a tenant-owned table then fails.
 */
class TenantBindingTransactionManager extends JdbcTransactionManager {

	TenantBindingTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		var tenant = TenantContext.current();
		if (tenant.isPresent()) {
			DatabaseSession.bindTenant(connection, tenant.get());
		}
	}
}
