package de.integrationskonzept.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The one place that writes the tenant into a PostgreSQL session. {@code set_config(…, true)} is
 * transaction-local, so a pooled connection never carries a tenant into its next transaction;
 * the value is a bound parameter, never concatenated SQL.
 */
final class DatabaseSession {

	static final String TENANT_SETTING = "app.tenant_id";

	private DatabaseSession() {
	}

	/** Binds the tenant for the rest of the transaction; {@code null} unbinds it (queries then fail closed). */
	static void bindTenant(Connection connection, TenantId tenant) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
			statement.setString(1, TENANT_SETTING);
			// An empty value makes the policies' ::uuid cast fail: no tenant, no rows.
			statement.setString(2, tenant == null ? "" : tenant.toString());
			statement.execute();
		}
	}
}
