package org.newsline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.accounts.WebSession;
import org.newsline.infrastructure.database.EmbeddedDatabase;
import org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport;
import org.newsline.support.Http;
import org.newsline.support.Invariants;
import org.newsline.support.NewslineProcess;
import org.newsline.support.NewslineProcess.Launch;
import tools.jackson.databind.JsonNode;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar killed with SIGKILL in the middle of an import and of editors' saves:
 * after a restart it is healthy, carries the interrupted import on to its end, has lost
 * no acknowledged save, and its database keeps every {@link Invariants invariant}.
 */
class CrashSafetyProcessTests {

	private static final Duration STARTUP = Duration.ofSeconds(180);

	private static final String ADMIN_PASSWORD = "crash-test-admin-password";

	private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

	@TempDir
	Path work;

	/** Where the processes' output stays after the test, for a look when it failed. */
	Path logs;

	@BeforeEach
	void logFolder(TestInfo test) throws IOException {
		this.logs = Path.of("target", "process-logs", getClass().getSimpleName(),
				test.getTestMethod().orElseThrow().getName());
		FileSystemUtils.deleteRecursively(this.logs);
		Files.createDirectories(this.logs);
	}

	@Test
	void anImportKilledHalfWayIsCarriedOnAfterTheRestartAndEqualsACleanImport() throws Exception {
		Path dataDir = this.work.resolve("crashed");
		Launch launch = Launch.of(dataDir, "3g")
			.withArguments("--newsline.import.seed-folder=" + SEEDS)
			.withEnvironment("NEWSLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		// the clean import to compare with runs meanwhile, through the command line
		Launch clean = Launch.of(this.work.resolve("clean"), "3g");
		Process cleanImport = NewslineProcess.importCommand(clean, this.logs.resolve("clean.log"), SEEDS.toString());
		try (NewslineProcess first = NewslineProcess.start(launch, this.logs.resolve("first.log"))) {
			first.awaitHealthy(STARTUP);
			JsonNode interrupted = awaitImportHalfWay(first);
			first.kill();
			// pg_ctl runs the server detached from the JVM, so SIGKILL leaves it running
			assertThat(postgresProcessesFor(dataDir)).as("servers left by the killed JVM").isPositive();

			try (NewslineProcess second = NewslineProcess.start(launch, this.logs.resolve("second.log"))) {
				second.awaitHealthy(STARTUP);
				assertThat(second.log()).contains("was left running on " + dataDir.toAbsolutePath());
				// the killed JVM's job stops beating; once it has missed enough
				// heartbeats the new instance's worker takes it again, and the run
				// carries on
				JsonNode carriedOn = awaitStatus(second, "SUCCEEDED", Duration.ofSeconds(240));
				assertThat(carriedOn.get("id").asLong()).isEqualTo(interrupted.get("id").asLong());
				assertThat(carriedOn.get("files")).hasSize(4);
				assertThat(carriedOn.get("files").valueStream().map((file) -> file.get("file").asString()))
					.as("each file reported once")
					.doesNotHaveDuplicates();
				for (JsonNode file : carriedOn.get("files")) {
					assertThat(file.get("outcome").asString()).as(file.get("file").asString())
						.isIn("CREATED", "UNCHANGED");
				}
				Map<String, Long> recovered;
				try (Connection connection = second.connect()) {
					Invariants.assertHold(connection);
					recovered = Invariants.counts(connection);
				}
				second.stop();
				assertThat(postgresProcessesFor(dataDir)).as("servers left after SIGTERM").isZero();

				assertThat(cleanImport.waitFor(180, TimeUnit.SECONDS)).as("the clean import ends").isTrue();
				assertThat(cleanImport.exitValue()).isZero();
				try (EmbeddedDatabase database = EmbeddedDatabase.start(clean.dataDir(), 0);
						Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
								database.password())) {
					Invariants.assertHold(connection);
					assertThat(recovered).isEqualTo(Invariants.counts(connection));
				}
			}
		}
		finally {
			cleanImport.destroyForcibly();
			EmbeddedDatabaseTestSupport.killPostgresFor(dataDir);
			EmbeddedDatabaseTestSupport.killPostgresFor(clean.dataDir());
		}
	}

	@Test
	void editorsSavingWhenTheContainerIsKilledLoseNoAcknowledgedSave() throws Exception {
		Path dataDir = this.work.resolve("editing");
		Launch launch = Launch.of(dataDir, "1g")
			.withArguments("--newsline.import.seed-on-first-start=false")
			.withEnvironment("NEWSLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		List<Editor> editors = new ArrayList<>();
		try (NewslineProcess first = NewslineProcess.start(launch, this.logs.resolve("first.log"))) {
			first.awaitHealthy(STARTUP);
			for (int i = 1; i <= 4; i++) {
				editors.add(new Editor(i, WebSession.signIn(first.port(), "admin", ADMIN_PASSWORD)));
			}
			AtomicBoolean dead = new AtomicBoolean();
			List<Thread> threads = new ArrayList<>();
			for (Editor editor : editors) {
				editor.create();
				Thread thread = new Thread(() -> editor.saveUntil(dead), "editor-" + editor.number);
				thread.start();
				threads.add(thread);
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (editors.stream().anyMatch((e) -> e.acknowledged < 5) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			// as when the container is killed: the JVM and its database at once, so the
			// next start recovers the database from its write-ahead log (the operating
			// system and its page cache live on, so this does not prove fsync)
			dead.set(true);
			first.kill();
			assertThat(EmbeddedDatabaseTestSupport.killPostgresFor(dataDir)).isPositive();
			for (Thread thread : threads) {
				thread.join(TimeUnit.SECONDS.toMillis(60));
			}
			for (Editor editor : editors) {
				assertThat(editor.failure).as("editor %d", editor.number).isNull();
				assertThat(editor.acknowledged).as("saves of editor %d", editor.number).isGreaterThanOrEqualTo(5);
			}

			try (NewslineProcess second = NewslineProcess.start(launch, this.logs.resolve("second.log"))) {
				second.awaitHealthy(STARTUP);
				assertThat(second.log()).contains("automatic recovery in progress");
				try (Connection connection = second.connect()) {
					for (Editor editor : editors) {
						editor.assertSavedState(connection);
					}
					Invariants.assertHold(connection);
				}
				second.stop();
				assertThat(postgresProcessesFor(dataDir)).isZero();
			}
		}
		finally {
			EmbeddedDatabaseTestSupport.killPostgresFor(dataDir);
		}
	}

	/** Polls the latest import until it runs with at least one file done. */
	private static JsonNode awaitImportHalfWay(NewslineProcess app) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			HttpResponse<String> latest = app.get("/api/imports/latest");
			if (latest.statusCode() == 200) {
				JsonNode report = Http.parse(latest.body());
				String status = report.get("status").asString();
				assertThat(status).as("the seed import finished before it could be interrupted")
					.isIn("QUEUED", "RUNNING");
				if (report.get("files").size() >= 1) {
					return report;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The seed import did not get half way within 180 s");
	}

	private static JsonNode awaitStatus(NewslineProcess app, String status, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		String seen = "";
		while (System.nanoTime() < deadline) {
			HttpResponse<String> latest = app.get("/api/imports/latest");
			seen = latest.body();
			if (latest.statusCode() == 200 && Http.parse(seen).get("status").asString().equals(status)) {
				return Http.parse(seen);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The latest import did not reach " + status + " within " + limit + ": " + seen);
	}

	private static long postgresProcessesFor(Path dataDir) throws IOException {
		return EmbeddedDatabaseTestSupport.postgresProcessesFor(dataDir);
	}

	/**
	 * One editor saving one event again and again, each save with its own title, summary,
	 * date, status, actors and tags, so a half-applied save would show.
	 */
	private static final class Editor {

		final int number;

		final WebSession session;

		long eventId;

		/** The last save answered with success. */
		volatile int acknowledged;

		/** The save sent when the server died, which may or may not have committed. */
		volatile int unanswered = -1;

		volatile Throwable failure;

		Editor(int number, WebSession session) {
			this.number = number;
			this.session = session;
		}

		void create() {
			HttpResponse<String> response = this.session.post("/desk/events", form(0, 0));
			assertThat(response.statusCode()).isEqualTo(302);
			String location = response.headers().firstValue("Location").orElseThrow();
			this.eventId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}

		void saveUntil(AtomicBoolean dead) {
			for (int save = 1; !dead.get(); save++) {
				try {
					HttpResponse<String> page = this.session.get("/desk/events/" + this.eventId);
					Element version = Jsoup.parse(page.body()).selectFirst("input[name=version]");
					assertThat(version).as("the form's version").isNotNull();
					this.unanswered = save;
					HttpResponse<String> response = this.session.post("/desk/events/" + this.eventId,
							form(save, Long.parseLong(version.val())));
					assertThat(response.statusCode()).as("save %d of editor %d", save, this.number).isEqualTo(302);
					this.acknowledged = save;
					this.unanswered = -1;
				}
				catch (UncheckedIOException | AssertionError ex) {
					if (!dead.get()) {
						this.failure = ex;
					}
					return;
				}
			}
		}

		List<String> form(int save, long version) {
			List<String> pairs = new ArrayList<>(List.of("title", title(save), "summary", summary(save), "start",
					start(save).toString(), "end", "", "precision", "DAY", "newActorKind", "PERSON", "status",
					status(save), "version", Long.toString(version)));
			for (String actor : actors(save)) {
				pairs.addAll(List.of("actors", actor));
			}
			pairs.addAll(List.of("tags", tag(save)));
			return pairs;
		}

		/**
		 * The event as the last acknowledged save left it, or as the unanswered one did,
		 * with nothing mixed from two saves.
		 */
		void assertSavedState(Connection connection) throws SQLException {
			String title = single(connection, "select title from event where id = ?");
			int save = Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
			assertThat(save).as("save found for editor %d", this.number)
				.isIn(this.acknowledged, (this.unanswered > 0) ? this.unanswered : this.acknowledged);
			assertThat(title).isEqualTo(title(save));
			assertThat(single(connection, "select summary from event where id = ?")).isEqualTo(summary(save));
			assertThat(single(connection, "select date_start::text from event where id = ?"))
				.isEqualTo(start(save).toString());
			assertThat(single(connection, "select status from event where id = ?")).isEqualTo(status(save));
			assertThat(all(connection,
					"select a.name from participation p join actor a on a.id = p.actor_id where p.event_id = ?"))
				.isEqualTo(new TreeSet<>(actors(save)));
			assertThat(all(connection,
					"select t.name from event_tag x join tag t on t.id = x.tag_id where x.event_id = ?"))
				.containsExactly(tag(save));
			// one revision and one version for the creation and for each committed save
			assertThat(single(connection, "select count(*)::text from event_aud where id = ?"))
				.isEqualTo(Integer.toString(save + 1));
			assertThat(single(connection, "select version::text from event where id = ?"))
				.isEqualTo(Integer.toString(save + 1));
			System.out.printf("Editor %d: %d saves acknowledged, save %d found%n", this.number, this.acknowledged,
					save);
		}

		String title(int save) {
			return "Event of editor " + this.number + ", save " + save;
		}

		String summary(int save) {
			return "Saved " + save + " times by editor " + this.number + ".";
		}

		static LocalDate start(int save) {
			return LocalDate.of(2025, 1, 1).plusDays(save);
		}

		static String status(int save) {
			return (save % 2 == 0) ? "DRAFT" : "PUBLISHED";
		}

		List<String> actors(int save) {
			return List.of("Delegate " + this.number + "-" + (save % 3),
					"Delegate " + this.number + "-" + ((save + 1) % 3));
		}

		String tag(int save) {
			return "topic " + this.number + "-" + (save % 2);
		}

		private String single(Connection connection, String sql) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setLong(1, this.eventId);
				try (ResultSet result = statement.executeQuery()) {
					assertThat(result.next()).as("event %d", this.eventId).isTrue();
					return result.getString(1);
				}
			}
		}

		private Set<String> all(Connection connection, String sql) throws SQLException {
			Set<String> values = new TreeSet<>();
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setLong(1, this.eventId);
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						values.add(result.getString(1));
					}
				}
			}
			return values;
		}

	}

}
