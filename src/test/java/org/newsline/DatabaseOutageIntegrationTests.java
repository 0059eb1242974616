package org.newsline;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.support.Await;
import org.newsline.accounts.WebSession;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.FileOutcome;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.ImportStatus;
import org.newsline.infrastructure.database.EmbeddedDatabase;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Http;
import org.newsline.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newsline on an external PostgreSQL that goes away and comes back: readers get a
 * friendly 503 page (API clients a problem document) and health says DOWN, quickly; the
 * site serves again by itself once PostgreSQL is back; an import cut off by the outage
 * carries on once it is back (its job is tried again), leaves no half-written article,
 * writes nothing twice, ends with the same result as a clean import, and keeps what an
 * editor saved before.
 * <p>
 * The shared test context's database cannot be stopped without breaking the other tests,
 * so this class starts its own PostgreSQL server and its own application on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIntegrationTests {

	private static final String ADMIN_PASSWORD = "outage-admin-password";

	private static final Path SEEDS = Path.of("seeds");

	private static final String UNAVAILABLE = "Newsline is briefly unavailable";

	private static final List<String> COUNTED = List.of("article", "actor", "actor_alias", "event", "event_source",
			"participation", "claim", "claim_contradiction", "evidence");

	private final ExecutorService clients = Executors.newFixedThreadPool(6);

	private Path dataDir;

	private int databasePort;

	private EmbeddedDatabase postgres;

	private ConfigurableApplicationContext app;

	private Http http;

	private int port;

	@BeforeAll
	void startPostgresAndTheApplication() throws IOException {
		this.dataDir = Path.of("target", "outage-tests", UUID.randomUUID().toString()).toAbsolutePath();
		this.databasePort = Await.freePort();
		this.postgres = EmbeddedDatabase.start(this.dataDir, this.databasePort);
		this.app = new SpringApplicationBuilder(NewslineApplication.class, DatabaseCleaner.class).run("--server.port=0",
				"--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=" + this.postgres.username(),
				"--spring.datasource.password=" + this.postgres.password(),
				"--newsline.import.seed-on-first-start=false", "--newsline.import.sweep-interval=1s",
				"--NEWSLINE_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
		this.port = this.app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.http = new Http(this.port);
	}

	@AfterEach
	void postgresRunsAgain() {
		if (!serverRunning()) {
			startPostgresAgain();
		}
	}

	@AfterAll
	void stopEverything() throws IOException {
		this.clients.shutdownNow();
		if (this.app != null) {
			this.app.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		try (var files = Files.walk(this.dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Test
	void readersGetAFriendlyPageWhileTheDatabaseIsDownAndTheSiteRecoversByItself() throws Exception {
		assertThat(this.http.page("/").statusCode()).isEqualTo(200);
		assertThat(health().statusCode()).isEqualTo(200);

		stopPostgresImmediately();
		// a view nobody read before the outage: the page cache cannot answer it
		CompletableFuture<Timed> page = timed(() -> this.http.page("/claims"));
		CompletableFuture<Timed> api = timed(() -> this.http.get("/api/events", "application/json"));
		CompletableFuture<Timed> health = timed(this::health);
		CompletableFuture<Timed> feed = timed(() -> this.http.get("/feed.atom", "application/atom+xml"));
		CompletableFuture<Timed> login = timed(() -> this.http.page("/login"));

		Timed reader = page.get();
		assertThat(reader.response().statusCode()).isEqualTo(503);
		assertThat(reader.response().headers().firstValue("Retry-After")).hasValue("30");
		assertThat(reader.response().headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(reader.response().body()).contains(UNAVAILABLE, "try again in a minute", "class=\"site-header\"");
		assertNoInternals(reader.response().body());

		Timed problem = api.get();
		assertThat(problem.response().statusCode()).isEqualTo(503);
		assertThat(problem.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode document = Http.parse(problem.response().body());
		assertThat(document.get("status").asInt()).isEqualTo(503);
		assertThat(document.get("title").asString()).isEqualTo("Service unavailable");
		assertNoInternals(problem.response().body());

		assertThat(feed.get().response().statusCode()).isEqualTo(503);
		assertNoInternals(feed.get().response().body());

		Timed down = health.get();
		assertThat(down.response().statusCode()).isEqualTo(503);
		assertThat(down.response().body()).contains("\"DOWN\"");

		// the sign-in form's token lives in the session, a row in the database
		assertThat(login.get().response().statusCode()).as("the sign-in page").isEqualTo(503);
		assertThat(login.get().response().headers().firstValue("Retry-After")).hasValue("30");
		assertThat(login.get().response().body()).contains(UNAVAILABLE);
		assertNoInternals(login.get().response().body());

		System.out.printf(
				"While PostgreSQL is down: page 503 in %d ms, API 503 in %d ms, health DOWN in %d ms, "
						+ "sign-in page 503 in %d ms%n",
				reader.millis(), problem.millis(), down.millis(), login.get().millis());
		// Hikari's default would hold each of them for 30 s
		assertThat(List.of(reader.millis(), problem.millis(), down.millis())).allMatch((millis) -> millis < 10_000);

		startPostgresAgain();
		long restarted = System.nanoTime();
		Await.until(Duration.ofSeconds(60), "the site to serve again",
				() -> this.http.page("/claims").statusCode() == 200);
		System.out.printf("Serving again %d ms after PostgreSQL accepted connections again%n",
				(System.nanoTime() - restarted) / 1_000_000);
		assertThat(this.http.get("/api/events", "application/json").statusCode()).isEqualTo(200);
		assertThat(health().statusCode()).isEqualTo(200);
		assertThat(health().body()).contains("\"UP\"");
	}

	@Test
	void theOutagePageLooksLikeTheRestOfTheSite() throws Exception {
		stopPostgresImmediately();
		ChromeDriver browser = Browser.driver();
		Browser.view(1280, false);
		browser.get("http://localhost:" + this.port + "/claims");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(UNAVAILABLE);
		assertThat(browser.findElement(By.cssSelector(".site-header .brand")).isDisplayed()).isTrue();
		Path screenshot = Browser.screenshot("database-outage-503");
		assertThat(screenshot).isNotEmptyFile();
	}

	@Test
	void anImportCutOffByTheOutageCarriesOnOnceItIsBackAndEqualsACleanImport() throws Exception {
		DatabaseCleaner cleaner = this.app.getBean(DatabaseCleaner.class);
		ArticleImporter importer = this.app.getBean(ArticleImporter.class);
		JdbcTemplate jdbc = this.app.getBean(JdbcTemplate.class);
		cleaner.clean();
		assertThat(importer.importFolder(SEEDS, ImportRun.Trigger.CLI, "test").status())
			.isEqualTo(ImportStatus.SUCCEEDED);
		Map<String, Long> clean = counts(jdbc);

		cleaner.clean();
		String first = "000_ec167ae72b1d4f43.txt";
		importer.importPaths(List.of(SEEDS.resolve(first)), SEEDS.resolve(ArticleImporter.MANIFEST),
				ImportRun.Trigger.CLI, "test");
		Map<String, Object> claim = jdbc.queryForMap("select id, version from claim order by id limit 1");
		WebSession editor = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);
		HttpResponse<String> judged = editor.post("/desk/claims/" + claim.get("id") + "/verdict", "verdict", "DISPUTED",
				"rationale", "Contradicted by the ministry's own figures", "version", claim.get("version").toString());
		assertThat(judged.statusCode()).as("the editor's verdict is saved").isEqualTo(302);

		long runId = importer.startSeedImport(ImportRun.Trigger.ADMIN, "admin");
		Await.until(Duration.ofSeconds(120), "two files imported",
				() -> importer.progress().map((progress) -> progress.done() >= 2).orElse(false));
		stopPostgresImmediately();
		startPostgresAgain();
		AtomicReference<String> finished = new AtomicReference<>();
		Await.until(Duration.ofSeconds(240), "the run carried on to its end", () -> {
			HttpResponse<String> latest = this.http.get("/api/imports/latest", "application/json");
			if (latest.statusCode() == 200 && latest.body().contains("\"SUCCEEDED\"")) {
				finished.set(latest.body());
				return true;
			}
			return false;
		});
		// read from the last poll: another request now could meet the API's rate limit
		JsonNode report = Http.parse(finished.get());
		assertThat(report.get("id").asLong()).isEqualTo(runId);
		List<String> listed = report.get("files").valueStream().map((file) -> file.get("file").asString()).toList();
		assertThat(listed).as("every file reported once").hasSize(4).doesNotHaveDuplicates();
		assertThat(report.get("files").valueStream().map((file) -> file.get("outcome").asString()))
			.as("no file is blamed for the outage")
			.doesNotContain(FileOutcome.FAILED.name());
		assertThat(jdbc.queryForList("select source_key from article order by source_key", String.class))
			.as("every article in the database was written whole, once, and listed")
			.isEqualTo(listed.stream().sorted().toList());
		assertThat(jdbc.queryForObject("select count(*) from article a where not exists "
				+ "(select 1 from evidence e where e.article_id = a.id)", Long.class))
			.isZero();

		ImportReport again = importer.importFolder(SEEDS, ImportRun.Trigger.ADMIN, "admin");
		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(again.counts().failed()).isZero();
		assertThat(counts(jdbc)).as("the same as a clean import: nothing lost, nothing twice").isEqualTo(clean);
		assertThat(jdbc.queryForMap("select verdict, verdict_rationale from claim where id = ?", claim.get("id")))
			.as("the editor's verdict saved before the outage")
			.containsEntry("verdict", "DISPUTED")
			.containsEntry("verdict_rationale", "Contradicted by the ministry's own figures");
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : COUNTED) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("sql")
			.doesNotContainIgnoringCase("hikari")
			.doesNotContainIgnoringCase("postgres")
			.doesNotContain("at org.")
			.doesNotContain("trace");
	}

	private HttpResponse<String> health() {
		return this.http.get("/actuator/health", "application/json");
	}

	/**
	 * Stops the server the hard way, as {@code pg_ctl stop -m immediate} does (SIGQUIT):
	 * sessions are cut off, nothing is checkpointed, the restart recovers from the WAL.
	 */
	private void stopPostgresImmediately() throws Exception {
		ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
		Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).inheritIO().start();
		assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(kill.exitValue()).isZero();
		postmaster.onExit().get(60, TimeUnit.SECONDS);
		assertThat(serverRunning()).isFalse();
	}

	private void startPostgresAgain() {
		this.postgres.close();
		this.postgres = EmbeddedDatabase.start(this.dataDir, this.databasePort);
	}

	private boolean serverRunning() {
		try {
			return ProcessHandle.of(postmasterPid()).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
	}

	private CompletableFuture<Timed> timed(Supplier<HttpResponse<String>> request) {
		return CompletableFuture.supplyAsync(() -> {
			long begin = System.nanoTime();
			HttpResponse<String> response = request.get();
			return new Timed(response, (System.nanoTime() - begin) / 1_000_000);
		}, this.clients);
	}

	private record Timed(HttpResponse<String> response, long millis) {
	}

}
