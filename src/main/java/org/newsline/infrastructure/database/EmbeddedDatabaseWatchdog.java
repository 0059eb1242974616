package org.newsline.infrastructure.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Brings the embedded PostgreSQL back when its server process dies while the application
 * runs (killed, crashed, stopped by hand): nobody else would. It checks the server
 * process at a fixed interval and, once it has been gone for two checks in a row, starts
 * it again on the same port and data folder; the connection pool then reconnects by
 * itself. It runs from the end of startup until shutdown begins, so it never restarts a
 * server that the application is stopping.
 */
final class EmbeddedDatabaseWatchdog implements SmartLifecycle, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

	/**
	 * Checks in a row that must find the server gone before it is restarted, so a server
	 * caught between two states is not restarted twice.
	 */
	static final int MISSES_BEFORE_RESTART = 2;

	private final EmbeddedDatabase database;

	private final Duration interval;

	private @Nullable ScheduledExecutorService executor;

	private int misses;

	EmbeddedDatabaseWatchdog(EmbeddedDatabase database, Duration interval) {
		this.database = database;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-database-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
		this.executor = executor;
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService executor = this.executor;
		if (executor == null) {
			return;
		}
		this.executor = null;
		executor.shutdownNow();
		try {
			executor.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public void close() {
		stop();
	}

	/** One check, run on the watchdog's thread. */
	void check() {
		try {
			if (this.database.isServerRunning()) {
				this.misses = 0;
				return;
			}
			this.misses++;
			if (this.misses < MISSES_BEFORE_RESTART) {
				logger.warn("Embedded PostgreSQL on port {} is not running (no live server process for {})",
						this.database.port(), this.database.dataDir());
				return;
			}
			logger.warn(
					"Embedded PostgreSQL on port {} is still not running; restarting it with the data in {} "
							+ "(stopping the dead server first fails, as expected)",
					this.database.port(), this.database.dataDir());
			long begin = System.nanoTime();
			this.database.restart();
			this.misses = 0;
			logger.info("Embedded PostgreSQL restarted on port {} in {} ms", this.database.port(),
					(System.nanoTime() - begin) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// tried again at the next check
			logger.error("Could not restart the embedded PostgreSQL: {}", ex.toString());
		}
	}

}
