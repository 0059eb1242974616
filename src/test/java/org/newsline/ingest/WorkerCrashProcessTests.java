package org.newsline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.accounts.WebSession;
import org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport;
import org.newsline.support.Invariants;
import org.newsline.support.NewslineProcess;
import org.newsline.support.NewslineProcess.Launch;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a small cluster: a web node that takes no import jobs
 * ({@code newsline.import.run-in-web=false}) and two {@code worker} processes on its
 * database. A worker killed with SIGKILL in the middle of an article leaves its job to
 * the other, and the run ends with every file reported once and every article written
 * once; the web node never loads the language models.
 */
class WorkerCrashProcessTests {

	private static final Duration STARTUP = Duration.ofSeconds(180);

	private static final String ADMIN_PASSWORD = "worker-test-admin-password";

	private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

	@TempDir
	Path work;

	Path logs;

	@BeforeEach
	void logFolder(TestInfo test) throws IOException {
		this.logs = Path.of("target", "process-logs", getClass().getSimpleName(),
				test.getTestMethod().orElseThrow().getName());
		FileSystemUtils.deleteRecursively(this.logs);
		Files.createDirectories(this.logs);
	}

	@Test
	void aWorkerKilledMidArticleLeavesItsJobToAnotherAndNothingIsWrittenTwice() throws Exception {
		Path dataDir = this.work.resolve("cluster");
		Launch web = Launch.of(dataDir, "1g")
			.withArguments("--newsline.import.seed-on-first-start=false", "--newsline.import.run-in-web=false",
					"--newsline.import.seed-folder=" + SEEDS)
			.withEnvironment("NEWSLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		Launch workers = Launch.of(dataDir, "3g");
		try (NewslineProcess node = NewslineProcess.start(web, this.logs.resolve("web.log"))) {
			node.awaitHealthy(STARTUP);
			try (NewslineProcess first = NewslineProcess.worker(workers, node, this.logs.resolve("worker-1.log"));
					NewslineProcess second = NewslineProcess.worker(workers, node, this.logs.resolve("worker-2.log"))) {
				first.awaitWorkerHealthy(STARTUP);
				second.awaitWorkerHealthy(STARTUP);

				WebSession admin = WebSession.signIn(node.port(), "admin", ADMIN_PASSWORD);
				assertThat(admin.post("/admin/imports").statusCode()).isEqualTo(302);
				long killedJob;
				try (Connection connection = node.connect()) {
					killedJob = awaitJobPickedBy(connection, first.pid());
					first.kill();
					long runId = awaitRunFinished(connection);

					assertThat(string(connection, "select status from import_run where id = " + runId))
						.isEqualTo("SUCCEEDED");
					assertThat(strings(connection, "select file_name from import_file where run_id = " + runId))
						.as("every file reported once")
						.hasSize(4)
						.doesNotHaveDuplicates();
					assertThat(string(connection, "select worker from import_file where job_id = " + killedJob))
						.as("the killed worker's job, done by the other")
						.contains("-" + second.pid() + "-");
					assertThat(strings(connection, "select source_key from article")).as("every article once")
						.hasSize(4)
						.doesNotHaveDuplicates();
					Invariants.assertHold(connection);
				}
				assertThat(node.log()).as("the web node's log")
					.doesNotContain("Loaded the CoreNLP pipeline")
					.doesNotContain("Import worker");
				assertThat(second.log()).contains("Loaded the CoreNLP pipeline");
			}
		}
		finally {
			EmbeddedDatabaseTestSupport.killPostgresFor(dataDir);
		}
	}

	/** Waits until the worker with this process id runs a job; returns the job's id. */
	private static long awaitJobPickedBy(Connection connection, long pid) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			List<String> picked = strings(connection,
					"select task_instance from scheduled_tasks where picked and picked_by like '%-" + pid + "-%'");
			if (!picked.isEmpty()) {
				return Long.parseLong(picked.get(0));
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The first worker took no job within 180 s");
	}

	private static long awaitRunFinished(Connection connection) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			List<String> finished = strings(connection, "select id from import_run where finished_at is not null");
			if (!finished.isEmpty()) {
				return Long.parseLong(finished.get(0));
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The run did not finish within 240 s of the kill");
	}

	private static String string(Connection connection, String sql) throws SQLException {
		List<String> values = strings(connection, sql);
		assertThat(values).as(sql).hasSize(1);
		return values.get(0);
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

}
