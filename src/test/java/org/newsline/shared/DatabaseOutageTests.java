package org.newsline.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lost or refused database connections, however deeply wrapped, count as an outage; a
 * broken rule or a bug does not.
 */
class DatabaseOutageTests {

	@Test
	void aRefusedConnectionIsAnOutage() {
		SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001",
				new ConnectException("Connection refused"));
		SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
				"newsline - Connection is not available, request timed out after 3000ms", "08001", refused);
		assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new JDBCConnectionException("Unable to acquire JDBC Connection", timedOut))))
			.isTrue();
		assertThat(DatabaseOutage.isCauseOf(new CannotGetJdbcConnectionException("Failed", timedOut))).isTrue();
	}

	@Test
	void aServerShuttingDownIsAnOutage() {
		SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseOutage.isCauseOf(new JpaSystemException(new RuntimeException(terminated)))).isTrue();
		assertThat(DatabaseOutage.isCauseOf(new IllegalStateException(new SQLException("I/O error", "08006"))))
			.isTrue();
	}

	@Test
	void brokenRulesAndBugsAreNot() {
		assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
	}

	@Test
	void aRollbackOnAClosedConnectionIsAnOutageWhileTheDatabaseDoesNotAnswer() {
		// what the pool throws once it has discarded a broken connection: no SQL state
		JpaSystemException rollback = new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		DriverManagerDataSource nothingListens = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/newsline");
		assertThat(DatabaseOutage.isCauseOf(rollback)).isFalse();
		assertThat(DatabaseOutage.isCauseOf(rollback, nothingListens)).isTrue();
		assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"), nothingListens))
			.as("a failure that never touched the database")
			.isFalse();
	}

	@Test
	void aFailureThatWrapsItselfEndsTheSearch() {
		RuntimeException outer = new RuntimeException("outer");
		RuntimeException inner = new RuntimeException("inner", outer);
		outer.initCause(inner);
		assertThat(DatabaseOutage.isCauseOf(outer)).isFalse();
	}

}
