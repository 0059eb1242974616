package org.newsline.ingest.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.NewslineApplication;
import org.newsline.infrastructure.database.EmbeddedDatabase;
import org.newsline.support.CommandLogging;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless import command prints a report per file and exits non-zero when a file
 * failed, against the same database settings the server uses; it never creates the first
 * admin or prints a password.
 */
@NewslineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandIntegrationTests {

	@TempDir
	Path folder;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	DatabaseCleaner cleaner;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@AfterEach
	void restoreLogLevels() {
		CommandLogging.restore();
	}

	@Test
	void importsAFolderThenFindsItUnchanged() throws IOException {
		Files.writeString(this.folder.resolve("vote.txt"),
				"Parliament passed the reform on Thursday, officials said.\n");

		Result first = run(this.folder.toString());
		assertThat(first.status()).isZero();
		assertThat(first.output()).contains("CREATED   vote.txt").contains("1 created");

		Result second = run(this.folder.toString());
		assertThat(second.status()).isZero();
		assertThat(second.output()).contains("UNCHANGED vote.txt").contains("1 unchanged");
	}

	@Test
	void exitsWithOneWhenAFileFails() throws IOException {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		Files.writeString(this.folder.resolve("vote.txt"),
				"Parliament passed the reform on Thursday, officials said.\n");

		Result result = run(this.folder.resolve("empty.txt").toString(), this.folder.resolve("vote.txt").toString());

		assertThat(result.status()).isEqualTo(1);
		assertThat(result.output()).contains("FAILED    empty.txt — empty.txt is empty").contains("CREATED   vote.txt");
	}

	@Test
	void createsNoAccountAndPrintsNoPasswordOnAFreshDatabase(CapturedOutput output) throws Exception {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		try (EmbeddedDatabase fresh = EmbeddedDatabase.start(this.folder.resolve("postgres"), 0)) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int status = ImportCommand.run(NewslineApplication.class,
					new String[] { this.folder.resolve("empty.txt").toString(),
							"--spring.datasource.url=" + fresh.jdbcUrl(),
							"--spring.datasource.username=" + fresh.username(),
							"--spring.datasource.password=" + fresh.password() },
					new PrintStream(bytes, true, StandardCharsets.UTF_8));

			assertThat(status).isEqualTo(1);
			try (Connection connection = DriverManager.getConnection(fresh.jdbcUrl(), fresh.username(),
					fresh.password());
					Statement statement = connection.createStatement();
					ResultSet count = statement.executeQuery("select count(*) from account")) {
				count.next();
				assertThat(count.getLong(1)).as("the first server start creates the admin, not the command").isZero();
			}
			assertThat(bytes.toString(StandardCharsets.UTF_8) + output.getAll()).doesNotContain("admin password");
		}
	}

	@Test
	void explainsItsUsageWithoutPaths() {
		Result result = run();
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.output()).contains("usage: java -jar newsline.jar import PATH...");
	}

	private Result run(String... paths) {
		String[] args = new String[paths.length + 3];
		System.arraycopy(paths, 0, args, 0, paths.length);
		args[paths.length] = "--spring.datasource.url=" + this.dataSource.getJdbcUrl();
		args[paths.length + 1] = "--spring.datasource.username=" + this.dataSource.getUsername();
		args[paths.length + 2] = "--spring.datasource.password=" + this.dataSource.getPassword();
		if (paths.length == 0) {
			args = new String[0];
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ImportCommand.run(NewslineApplication.class, args,
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	record Result(int status, String output) {
	}

}
