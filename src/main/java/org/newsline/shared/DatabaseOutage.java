package org.newsline.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure that means "the database cannot be reached right now" from any other:
 * such a failure is worth a 503 and a retry, not a bug report, and stops an import run
 * instead of failing its files one by one.
 */
public final class DatabaseOutage {

	/** How long clients are asked to wait before they try again, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or any failure it wraps, is a lost or refused database
	 * connection.
	 */
	public static boolean isCauseOf(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (isConnectionFailure(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the failure is a lost or refused connection, or a database failure of
	 * another shape (such as a rollback on a connection the pool already closed, which
	 * carries no SQL state) while the database does not answer a fresh connection.
	 */
	public static boolean isCauseOf(@Nullable Throwable failure, DataSource dataSource) {
		return isCauseOf(failure) || (involvesDatabase(failure) && !answers(dataSource));
	}

	private static boolean involvesDatabase(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof PersistenceException
					|| cause instanceof HibernateException) {
				return true;
			}
		}
		return false;
	}

	private static boolean answers(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean isConnectionFailure(Throwable failure) {
		if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
				|| failure instanceof TransientDataAccessResourceException || failure instanceof JDBCConnectionException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			// 08: connection exception; 57P: the server shuts down, crashed or is
			// starting
			return state.startsWith("08") || state.startsWith("57P");
		}
		return false;
	}

}
