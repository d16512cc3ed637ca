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
	static final String USER_SETTING = "app.user_id";
	/** Bound while a person reads their own memberships: names no tenant, so tenant policies match nothing. */
	static final String NO_TENANT = "00000000-0000-0000-0000-000000000000";

	private DatabaseSession() {
	}

	/** Binds the tenant for the rest of the transaction; {@code null} unbinds it (queries then fail closed). */
	static void bindTenant(Connection connection, TenantId tenant) throws SQLException {
		// An empty value makes the policies' ::uuid cast fail: no tenant, no rows.
		set(connection, TENANT_SETTING, tenant == null ? "" : tenant.toString());
	}

	/** Binds a person for reading their own rows across tenants (policies on app.user_id, select only). */
	static void bindOwnAccount(Connection connection, java.util.UUID user) throws SQLException {
		set(connection, TENANT_SETTING, NO_TENANT);
		set(connection, USER_SETTING, user.toString());
	}

	static void unbindOwnAccount(Connection connection) throws SQLException {
		set(connection, USER_SETTING, "");
	}

	private static void set(Connection connection, String setting, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
			statement.setString(1, setting);
			statement.setString(2, value);
			statement.execute();
		}
	}
}
