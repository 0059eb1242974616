package org.newsline.infrastructure.database;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.Await;
import org.newsline.NewslineApplication;
import org.newsline.accounts.WebSession;
import org.newsline.support.Http;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on its embedded PostgreSQL, whose server process is killed while it
 * serves: readers get the 503 page and health says DOWN, then the watchdog starts the
 * server again on its port and data folder and the site serves again, with its data, and
 * without a restart of the application.
 * <p>
 * Runs its own application, because killing the shared test context's database would
 * break the other tests.
 */
class EmbeddedDatabaseRecoveryIntegrationTests {

	private final Path dataDir = Path.of("target", "outage-tests", "embedded-" + UUID.randomUUID()).toAbsolutePath();

	private ConfigurableApplicationContext app;

	@AfterEach
	void stopTheApplication() throws IOException {
		if (this.app != null) {
			this.app.close();
		}
		assertThat(EmbeddedDatabaseTestSupport.postgresProcessesFor(this.dataDir))
			.as("postgres processes left after the application stopped")
			.isZero();
		try (var files = Files.walk(this.dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Test
	void aKilledDatabaseServerIsStartedAgainAndTheSiteRecoversByItself() throws Exception {
		int databasePort = Await.freePort();
		this.app = new SpringApplicationBuilder(NewslineApplication.class).run("--server.port=0",
				"--newsline.database.embedded.data-dir=" + this.dataDir,
				"--newsline.database.embedded.port=" + databasePort, "--newsline.import.seed-on-first-start=false",
				"--NEWSLINE_ADMIN_PASSWORD=recovery-admin-password");
		int port = this.app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		Http http = new Http(port);
		assertThat(http.page("/").statusCode()).isEqualTo(200);
		long before = postmasterPid();

		ProcessHandle.of(before).orElseThrow().destroyForcibly();
		long killed = System.nanoTime();
		// a view nobody read before the outage: the page cache cannot answer it
		CompletableFuture<HttpResponse<String>> page = CompletableFuture.supplyAsync(() -> http.page("/claims"));
		CompletableFuture<HttpResponse<String>> health = CompletableFuture
			.supplyAsync(() -> http.get("/actuator/health", "application/json"));
		assertThat(page.get().statusCode()).isEqualTo(503);
		assertThat(page.get().body()).contains("Newsline is briefly unavailable");
		assertThat(health.get().statusCode()).isEqualTo(503);
		assertThat(health.get().body()).contains("\"DOWN\"");

		Await.until(Duration.ofSeconds(60), "the site to serve again", () -> http.page("/claims").statusCode() == 200);
		System.out.printf("Serving again %d ms after the embedded PostgreSQL was killed%n",
				(System.nanoTime() - killed) / 1_000_000);
		HttpResponse<String> up = http.get("/actuator/health", "application/json");
		assertThat(up.statusCode()).isEqualTo(200);
		assertThat(up.body()).contains("\"UP\"");
		assertThat(postmasterPid()).as("a new server process").isNotEqualTo(before);
		assertThat(this.app.getBean(EmbeddedDatabase.class).port()).isEqualTo(databasePort);
		// the account created before the kill is still there
		WebSession.signIn(port, "admin", "recovery-admin-password");
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
	}

}
