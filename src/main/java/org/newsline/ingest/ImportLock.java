package org.newsline.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One import at a time across every instance on the same database: a PostgreSQL
 * session-level advisory lock, held on its own connection for the whole run.
 */
@Component
class ImportLock {

	/** An arbitrary constant that names the import lock among advisory locks. */
	static final long KEY = 0x4e45_5753_494d_504fL;

	private static final int VALIDATION_SECONDS = 2;

	private final DataSource dataSource;

	ImportLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock or throws {@link ImportAlreadyRunningException}; close the result to
	 * release it.
	 */
	Held acquire() {
		try {
			Connection connection = this.dataSource.getConnection();
			try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, KEY);
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (!result.getBoolean(1)) {
						connection.close();
						throw new ImportAlreadyRunningException();
					}
				}
			}
			return new Held(connection);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not take the import lock", ex);
		}
	}

	/** The lock while held. */
	static final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Whether the session that took the lock is still alive: when the database
		 * restarts, the session and its lock are gone, and another import may start.
		 */
		boolean stillHeld() {
			try {
				return this.connection.isValid(VALIDATION_SECONDS);
			}
			catch (SQLException ex) {
				return false;
			}
		}

		@Override
		public void close() {
			try (Connection held = this.connection;
					PreparedStatement statement = held.prepareStatement("select pg_advisory_unlock(?)")) {
				statement.setLong(1, KEY);
				statement.execute();
			}
			catch (SQLException ex) {
				// Closing the session releases a session-level advisory lock all the
				// same.
			}
		}

	}

}
