package org.newsline.infrastructure.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport.execute;
import static org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport.query;

/**
 * The watchdog starts a killed embedded PostgreSQL again on its port and data folder,
 * with every committed row, and once stopped it leaves the server alone.
 */
class EmbeddedDatabaseWatchdogTests {

	@TempDir
	Path dataDir;

	@Test
	void startsAKilledServerAgainWithItsData() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0);
				EmbeddedDatabaseWatchdog watchdog = new EmbeddedDatabaseWatchdog(database, Duration.ofMillis(200))) {
			watchdog.start();
			execute(database, "create table note (text varchar(20))");
			execute(database, "insert into note values ('committed')");
			long before = postmasterPid();

			kill(before);
			awaitServerRunning(database);

			assertThat(postmasterPid()).isNotEqualTo(before);
			assertThat(query(database, "select text from note")).isEqualTo("committed");
		}
		assertThat(EmbeddedDatabaseTestSupport.postgresProcessesFor(this.dataDir)).isZero();
	}

	@Test
	void leavesTheServerAloneOnceStopped() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			EmbeddedDatabaseWatchdog watchdog = new EmbeddedDatabaseWatchdog(database, Duration.ofMillis(100));
			watchdog.start();
			watchdog.stop();
			assertThat(watchdog.isRunning()).isFalse();
			kill(postmasterPid());
			Thread.sleep(1000);
			assertThat(database.isServerRunning()).isFalse();
		}
		assertThat(EmbeddedDatabaseTestSupport.postgresProcessesFor(this.dataDir)).isZero();
	}

	private long postmasterPid() throws Exception {
		return Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
	}

	private static void kill(long pid) throws Exception {
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get(30, TimeUnit.SECONDS);
	}

	private static void awaitServerRunning(EmbeddedDatabase database) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!database.isServerRunning() || !accepts(database)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The watchdog did not start the server again within 60 s");
			}
			Thread.sleep(100);
		}
	}

	private static boolean accepts(EmbeddedDatabase database) {
		try {
			query(database, "select 1");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
