package org.newsline.shared.database;

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
			execute(database, "create extension unaccent");
			execute(database, "create extension pg_trgm");
			assertThat(query(database, "select unaccent('Nicolás')")).isEqualTo("Nicolas");
		}
	}

	private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static long postgresProcessesFor(Path dataDir) throws IOException {
		return EmbeddedDatabaseTestSupport.postgresProcessesFor(dataDir);
	}

}
