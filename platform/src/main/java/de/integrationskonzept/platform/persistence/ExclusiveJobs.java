package de.integrationskonzept.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time when several app instances share the database: the
 * job holds a PostgreSQL advisory lock named after it on a connection of its own while it runs, and
 * an instance that does not get the lock skips that run (the next run catches up; the jobs are
 * idempotent anyway). The lock goes with the connection, so a crashed instance never keeps it.
 */
@Component
public class ExclusiveJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ExclusiveJobs.class);

	private final DataSource dataSource;

	ExclusiveJobs(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs {@code work} unless the job runs elsewhere right now.
	 * @param job a stable name, the same on every instance (e.g. {@code participation.closings})
	 * @return whether this call ran the work
	 */
	public boolean runExclusively(String job, Runnable work) {
		try (Connection connection = dataSource.getConnection()) {
			if (!lock(connection, "pg_try_advisory_lock", job)) {
				LOG.info("Job {} skipped: it runs on another instance right now", job);
				return false;
			}
			try {
				work.run();
				return true;
			}
			finally {
				lock(connection, "pg_advisory_unlock", job);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Job " + job + ": the advisory lock failed", e);
		}
	}

	private static boolean lock(Connection connection, String function, String job) throws SQLException {
		// One 64-bit key per job name; the prefix keeps these keys apart from any other use of advisory locks.
		try (PreparedStatement statement = connection.prepareStatement("select " + function + "(hashtextextended('ik-job:' || ?, 0))")) {
			statement.setString(1, job);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}
}
