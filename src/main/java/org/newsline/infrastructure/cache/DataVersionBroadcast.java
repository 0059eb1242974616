package org.newsline.infrastructure.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.DataVersion;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the data version of every instance on one database in step: a change made here is
 * announced with PostgreSQL {@code NOTIFY}, and a change announced by another instance
 * advances the version here, so no instance answers "not modified" for a page another one
 * changed. While the database cannot be reached, the version advances on reconnect, since
 * changes may have been missed meanwhile.
 */
@Component
@ConditionalOnBooleanProperty(name = "newsline.data-version.broadcast", matchIfMissing = true)
class DataVersionBroadcast implements SmartLifecycle {

	static final String CHANNEL = "newsline_data_version";

	private static final Logger logger = LoggerFactory.getLogger(DataVersionBroadcast.class);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final DataVersion version;

	private final DataSource dataSource;

	private final String instance = UUID.randomUUID().toString();

	private volatile @Nullable Thread thread;

	private volatile boolean listening;

	DataVersionBroadcast(DataVersion version, DataSource dataSource) {
		this.version = version;
		this.dataSource = dataSource;
	}

	@Override
	public void start() {
		Thread listener = new Thread(this::run, "data-version-broadcast");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		Thread listener = this.thread;
		this.thread = null;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether this instance hears other instances' changes now. */
	boolean listening() {
		return this.listening;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		Duration backoff = POLL;
		boolean warned = false;
		while (this.thread == Thread.currentThread()) {
			try (Connection connection = this.dataSource.getConnection()) {
				listen(connection);
				if (warned) {
					logger.info("Listening for data changes of other instances again");
				}
				warned = false;
				backoff = POLL;
				// Whatever another instance changed while this one was not listening is
				// unknown: assume it changed.
				this.version.changedElsewhere();
				this.listening = true;
				exchange(connection);
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!warned) {
					logger.warn("Cannot hear of other instances' data changes ({}); retrying", ex.toString());
					warned = true;
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				Thread.sleep(backoff.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
			backoff = (backoff.compareTo(MAX_BACKOFF) < 0) ? backoff.multipliedBy(2) : MAX_BACKOFF;
		}
	}

	private static void listen(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + CHANNEL);
		}
	}

	/** Announces local changes and hears others' until the connection fails or stop. */
	private void exchange(Connection connection) throws SQLException, InterruptedException {
		PGConnection notifications = connection.unwrap(PGConnection.class);
		try (PreparedStatement announce = connection.prepareStatement("select pg_notify(?, ?)")) {
			announce.setString(1, CHANNEL);
			announce.setString(2, this.instance);
			while (this.thread == Thread.currentThread()) {
				if (this.version.takeUnannounced()) {
					try {
						announce.execute();
					}
					catch (SQLException ex) {
						this.version.bump();
						throw ex;
					}
				}
				PGNotification[] heard = notifications.getNotifications((int) POLL.toMillis());
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
				if (heard != null) {
					for (PGNotification notification : heard) {
						if (!this.instance.equals(notification.getParameter())) {
							this.version.changedElsewhere();
						}
					}
				}
			}
		}
	}

}
