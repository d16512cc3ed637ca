package de.integrationskonzept.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "PostgreSQL is not reachable right now" (restarting, frozen,
 * pool exhausted while it is slow) rather than a bug: such requests answer 503 with
 * {@code Retry-After}, for the API as a problem detail, for browsers as the error page, and the
 * next requests succeed once the database is back — the pool replaces its broken connections.
 */
public final class DatabaseUnavailable {

	/** How long clients are asked to wait: a PostgreSQL restart takes a few seconds. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseUnavailable() {
	}

	/** True if {@code failure} or one of its causes says the database cannot be reached or did not answer in time. */
	public static boolean causes(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (isUnavailable(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnavailable(Throwable cause) {
		if (cause instanceof TransactionSystemException failed) {
			// A rollback or commit that could not reach the database (the pool has already closed the
			// broken connection); the failure that led to the rollback is kept beside the cause.
			return failed.getCause() instanceof SQLException
					|| failed.getApplicationException() != null && causes(failed.getApplicationException());
		}
		return cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
				|| cause instanceof QueryTimeoutException
				|| cause instanceof CannotCreateTransactionException
				|| cause instanceof SQLTransientConnectionException // Hikari: no connection within connection-timeout
				|| cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLTimeoutException
				|| cause instanceof SQLException sql && unavailableState(sql.getSQLState());
	}

	/**
	 * SQLSTATE class 08 (connection exception: refused, broken, socket timeout), 57P01–57P03 (the
	 * server shuts down or is starting up) and 57014 (statement_timeout cancelled the query).
	 */
	private static boolean unavailableState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03") || state.equals("57014"));
	}
}
