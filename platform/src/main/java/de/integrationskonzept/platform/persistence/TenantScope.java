package de.integrationskonzept.platform.persistence;

import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Runs work for one tenant, e.g. an event listener restoring {@code event.tenantId()}. Outside a
 * transaction it sets the tenant for the transactions the work begins; inside one it also
 * rebinds the database session, and restores the previous tenant afterwards in both places.
 */
@Component
public class TenantScope {

	private final DataSource dataSource;

	TenantScope(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public <T> T callAs(TenantId tenant, Supplier<T> work) {
		TenantId previous = TenantContext.set(tenant);
		bindDatabaseSession(tenant);
		try {
			return work.get();
		}
		finally {
			TenantContext.set(previous);
			bindDatabaseSession(previous);
		}
	}

	/**
	 * Reads a person's own rows across tenants (their memberships when they sign in). Must run
	 * inside a transaction; afterwards the session is bound to the current tenant again.
	 */
	public <T> T callForOwnAccount(UUID user, Supplier<T> work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("reading one's own account across tenants needs a transaction");
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			DatabaseSession.bindOwnAccount(connection, user);
			return work.get();
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not bind account " + user + " to the database session", e);
		}
		finally {
			try {
				DatabaseSession.unbindOwnAccount(connection);
				DatabaseSession.bindTenant(connection, TenantContext.current().orElse(null));
			}
			catch (SQLException e) {
				throw new IllegalStateException("could not restore the database session", e);
			}
		}
	}

	public void runAs(TenantId tenant, Runnable work) {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}

	private void bindDatabaseSession(TenantId tenant) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		try {
			DatabaseSession.bindTenant(DataSourceUtils.getConnection(dataSource), tenant);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not bind tenant " + tenant + " to the database session", e);
		}
	}
}
