package org.newsline.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data kept in
 * one folder so it survives restarts. Closing it stops the server process.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private volatile EmbeddedPostgres postgres;

	private final Path dataDir;

	private final EmbeddedCredentials credentials;

	private boolean closed;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, EmbeddedCredentials credentials) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.credentials = credentials;
	}

	/**
	 * Starts the server on the data folder, setting a new folder up (or moving one of an
	 * earlier version over) so that every connection needs a password.
	 */
	public static EmbeddedDatabase start(Path dataDir, int port) {
		Path pwfile = null;
		try {
			Path absolute = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(absolute);
			LeftoverServer.stopIfAny(absolute);
			long begin = System.nanoTime();
			boolean fresh = !Files.exists(absolute.resolve("postgresql.conf"));
			EmbeddedCredentials kept = EmbeddedCredentials.read(absolute);
			boolean setUp = !fresh && EmbeddedDatabaseSetup.done(absolute);
			if (setUp && kept == null) {
				throw new IllegalStateException("The embedded PostgreSQL in " + absolute + " asks for passwords, but "
						+ EmbeddedCredentials.FILE + " is missing from it; restore that file from a backup");
			}
			EmbeddedCredentials credentials = (kept != null) ? kept : EmbeddedCredentials.generate();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				// zonky tunes for throwaway test databases (-F, no synchronous commit);
				// this data must survive a crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("password_encryption", "scram-sha-256")
				// zonky's readiness check connects as the superuser; ignored while a
				// folder of an earlier version still trusts local connections
				.setConnectConfig("password", credentials.superuserPassword());
			if (fresh) {
				// initdb sets the superuser's password and asks for it from the start
				pwfile = Files.createTempFile("newsline-pg-", ".pw",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(pwfile, credentials.superuserPassword() + "\n");
				builder.setLocaleConfig("pwfile", pwfile.toString())
					.setLocaleConfig("auth-host", "scram-sha-256")
					.setLocaleConfig("auth-local", "scram-sha-256");
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			if (!setUp) {
				EmbeddedDatabaseSetup.run(absolute, postgres.getPostgresDatabase(), credentials, !fresh);
			}
			logger.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), absolute,
					(System.nanoTime() - begin) / 1_000_000);
			return new EmbeddedDatabase(postgres, absolute, credentials);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
		finally {
			if (pwfile != null) {
				try {
					Files.deleteIfExists(pwfile);
				}
				catch (IOException ex) {
					logger.warn("Could not delete the temporary password file {}", pwfile);
				}
			}
		}
	}

	/** The JDBC URL of the application's database, without credentials. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	/** The role the application connects as: owner of its schema, no superuser. */
	public String username() {
		return EmbeddedCredentials.USER;
	}

	/** The application role's password, as kept in the data folder. */
	public String password() {
		return this.credentials.password();
	}

	/** Both passwords, for maintenance and tests that need the superuser. */
	public EmbeddedCredentials credentials() {
		return this.credentials;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Whether the server process named in the data folder's {@code postmaster.pid} is
	 * alive; PostgreSQL removes that file when it stops cleanly.
	 */
	boolean isServerRunning() {
		try {
			List<String> lines = Files.readAllLines(this.dataDir.resolve("postmaster.pid"));
			long pid = Long.parseLong(lines.get(0).strip());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.map((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(true))
				.orElse(false);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Starts the server again on the same port and data folder after its process died;
	 * PostgreSQL recovers the data from its write-ahead log. Does nothing once closed.
	 */
	synchronized void restart() {
		if (this.closed) {
			return;
		}
		int port = this.postgres.getPort();
		try {
			// releases the lock on the data folder; stopping the dead server fails and is
			// only logged
			this.postgres.close();
		}
		catch (IOException ex) {
			logger.debug("Closing the stopped embedded PostgreSQL failed", ex);
		}
		this.postgres = start(this.dataDir, port).postgres;
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		try {
			this.postgres.close();
			logger.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
