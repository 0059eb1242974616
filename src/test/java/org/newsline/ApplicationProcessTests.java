package org.newsline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsline.infrastructure.database.EmbeddedCredentials;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.support.Await;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator runs it: it starts on its embedded PostgreSQL, serves,
 * stops on SIGTERM without leaving a database process behind, and keeps its data.
 */
class ApplicationProcessTests {

	private static final Path JAR = Path.of("target", "newsline.jar");

	@TempDir
	Path work;

	@Test
	void startsServesStopsCleanlyAndKeepsItsDataAcrossRestarts() throws Exception {
		Path dataDir = this.work.resolve("postgres");
		int port = Await.freePort();
		int databasePort = Await.freePort();

		Process first = start(port, dataDir, databasePort, this.work.resolve("first.log"));
		long firstStart = awaitHealthy(first, port);
		assertThat(get(port, "/").body()).contains("No events yet");
		assertThat(log("first.log")).contains("Generated admin password:");
		try (Connection connection = connect(databasePort, dataDir);
				Statement statement = connection.createStatement()) {
			statement.execute("create table operator_note (text varchar(20))");
			statement.execute("insert into operator_note values ('survives')");
		}
		stop(first);
		assertThat(postgresProcessesFor(dataDir)).as("postgres processes left after SIGTERM").isZero();

		Process second = start(port, dataDir, databasePort, this.work.resolve("second.log"));
		long warmStart = awaitHealthy(second, port);
		try (Connection connection = connect(databasePort, dataDir);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select text from operator_note")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("survives");
		}
		assertThat(log("second.log")).doesNotContain("Generated admin password:");
		stop(second);
		assertThat(postgresProcessesFor(dataDir)).isZero();
		System.out.printf("Start until healthy: cold %d ms, warm %d ms%n", firstStart, warmStart);
	}

	@Test
	void aStartupThatFailsHalfWayLeavesNoDatabaseRunning() throws Exception {
		Path dataDir = this.work.resolve("postgres");
		try (ServerSocket taken = new ServerSocket(0)) {
			Process app = start(taken.getLocalPort(), dataDir, Await.freePort(), this.work.resolve("failed.log"));
			assertThat(app.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(app.exitValue()).isNotZero();
		}
		assertThat(log("failed.log")).contains("Embedded PostgreSQL started");
		assertThat(postgresProcessesFor(dataDir)).isZero();
	}

	private Process start(int port, Path dataDir, int databasePort, Path logFile) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx1g", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port,
				"--newsline.database.embedded.data-dir=" + dataDir, "--newsline.database.embedded.port=" + databasePort,
				"--newsline.import.seed-on-first-start=false"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
		builder.environment().remove("NEWSLINE_ADMIN_PASSWORD");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		return builder.start();
	}

	private static long awaitHealthy(Process app, int port) throws Exception {
		long begin = System.nanoTime();
		long deadline = begin + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the application exited during startup").isTrue();
			try {
				HttpResponse<String> health = get(port, "/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return (System.nanoTime() - begin) / 1_000_000;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not become healthy within 120 s");
	}

	private static void stop(Process app) throws InterruptedException {
		app.destroy();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the application stops within 60 s of SIGTERM").isTrue();
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Connection connect(int databasePort, Path dataDir) throws Exception {
		EmbeddedCredentials credentials = Objects.requireNonNull(EmbeddedCredentials.read(dataDir.toAbsolutePath()));
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres",
				EmbeddedCredentials.USER, credentials.password());
	}

	private String log(String name) throws IOException {
		return Files.readString(this.work.resolve(name));
	}

	private static long postgresProcessesFor(Path dataDir) throws IOException {
		return org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport.postgresProcessesFor(dataDir);
	}

}
