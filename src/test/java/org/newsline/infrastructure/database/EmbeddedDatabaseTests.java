package org.newsline.infrastructure.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport.execute;
import static org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport.query;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded PostgreSQL keeps its data across restarts, is durable, and leaves no
 * server process behind when closed.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataAcrossRestartsAndStopsItsProcess() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			execute(database, "create table note (text varchar(20))");
			execute(database, "insert into note values ('kept')");
		}
		assertThat(postgresProcessesFor(this.dataDir)).isZero();

		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			assertThat(query(database, "select text from note")).isEqualTo("kept");
			assertThat(postgresProcessesFor(this.dataDir)).isPositive();
		}
		assertThat(postgresProcessesFor(this.dataDir)).isZero();
	}

	@Test
	void writesDurablyAndProvidesTheSearchExtensions() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			assertThat(query(database, "show fsync")).isEqualTo("on");
			assertThat(query(database, "show synchronous_commit")).isEqualTo("on");
			// set up with the database, since the application's role may not create them
			assertThat(query(database, "select count(*) from pg_extension where extname in ('unaccent', 'pg_trgm')"))
				.isEqualTo("2");
			assertThat(query(database, "select unaccent('Nicolás')")).isEqualTo("Nicolas");
		}
	}

	@Test
	void stopsTheServerThatAKilledProcessLeftRunningAndStartsItsOwn() throws Exception {
		Process owner = EmbeddedDatabaseTestSupport.startInAnotherProcess(this.dataDir, "create table note (text text)",
				"insert into note values ('kept')");
		try {
			ProcessHandle server = ProcessHandle.of(postmasterPid()).orElseThrow();
			owner.destroyForcibly().waitFor();
			assertThat(server.isAlive()).as("the server outlives its killed JVM").isTrue();

			try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
				assertThat(server.isAlive()).as("the left-over server").isFalse();
				assertThat(postmasterPid()).isNotEqualTo(server.pid());
				assertThat(query(database, "select text from note")).isEqualTo("kept");
			}
			assertThat(postgresProcessesFor(this.dataDir)).isZero();
		}
		finally {
			owner.destroyForcibly();
			EmbeddedDatabaseTestSupport.killPostgresFor(this.dataDir);
		}
	}

	@Test
	void refusesAFolderThatARunningDatabaseOwnsAndLeavesThatDatabaseAlone() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.start(this.dataDir, 0))
				.withMessageContaining("in use by another running process");
			execute(database, "create table note (text varchar(20))");
		}
		assertThat(postgresProcessesFor(this.dataDir)).isZero();
	}

	@Test
	void startsWhenTheLockFileOfACrashedServerNamesAnUnrelatedProcess() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
			execute(database, "create table note (text varchar(20))");
		}
		// after a crash the recorded pid may belong to another process by now
		Process unrelated = new ProcessBuilder("sleep", "120").start();
		try {
			Files.writeString(this.dataDir.resolve("postmaster.pid"), unrelated.pid() + "\n" + this.dataDir
					+ "\n1700000000\n5432\n/tmp\nlocalhost\n  1234 5678\nready   \n");
			try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDir, 0)) {
				assertThat(query(database, "select count(*) from note")).isEqualTo("0");
			}
			assertThat(unrelated.isAlive()).isTrue();
		}
		finally {
			unrelated.destroy();
		}
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
	}

	private static long postgresProcessesFor(Path dataDir) throws IOException {
		return EmbeddedDatabaseTestSupport.postgresProcessesFor(dataDir);
	}

}
