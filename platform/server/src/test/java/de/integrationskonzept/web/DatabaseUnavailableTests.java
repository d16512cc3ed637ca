package de.integrationskonzept.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import de.integrationskonzept.platform.persistence.DatabaseUnavailable;

/** Which failures count as "the database is unavailable" (503) and which stay errors (500, 4xx). */
class DatabaseUnavailableTests {

	@Test
	void poolTimeoutInsideATransactionStartIsAnOutage() {
		var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
		assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("Could not open JDBC Connection", hikari))).isTrue();
		assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari))).isTrue();
	}

	@Test
	void jooqFailuresCountByTheirSqlState() {
		var brokenSocket = new SQLException("An I/O error occurred while sending to the backend.", "08006", new java.net.SocketTimeoutException());
		assertThat(DatabaseUnavailable.causes(new org.jooq.exception.DataAccessException("SQL [select 1]", brokenSocket))).isTrue();
		var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseUnavailable.causes(new org.jooq.exception.DataAccessException("SQL [select 1]", shutdown))).isTrue();
		var statementTimeout = new SQLException("canceling statement due to statement timeout", "57014");
		assertThat(DatabaseUnavailable.causes(new RuntimeException(statementTimeout))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolHasClosedIsAnOutage() {
		var rollbackFailed = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new org.jooq.exception.DataAccessException("SQL [select 1]",
				new SQLException("terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseUnavailable.causes(rollbackFailed)).isTrue();
		assertThat(DatabaseUnavailable.causes(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
		assertThat(DatabaseUnavailable.causes(new TransactionSystemException("no transaction in progress"))).isFalse();
	}

	@Test
	void bugsAndBadDataAreNoOutage() {
		var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
		assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("insert", duplicate))).isFalse();
		assertThat(DatabaseUnavailable.causes(new org.jooq.exception.DataAccessException("SQL", new SQLException("syntax", "42601")))).isFalse();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug", new ConnectException("some HTTP call")))).isFalse();
		assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
	}
}
