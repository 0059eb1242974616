package org.newsline.ingest;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.NewslineApplication;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several application instances on one PostgreSQL: imports started in two of them at the
 * same moment run one at a time, the other is told an import is running, and instances
 * starting together on an empty database import the seed folder once.
 */
@NewslineIntegrationTest
class TwoInstancesIntegrationTests {

	private static final String ADMIN_PASSWORD = "integration-admin-pw";

	@Autowired
	ArticleImporter importer;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	AccountService accounts;

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	final AtomicInteger mostActiveRuns = new AtomicInteger();

	final AtomicBoolean watching = new AtomicBoolean(true);

	Thread watcher;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		// Watches, as an operator's query would, how many runs are queued or running at
		// once.
		this.watcher = new Thread(() -> {
			while (this.watching.get()) {
				Integer active = this.jdbc.queryForObject(
						"select count(*) from import_run where status in ('QUEUED', 'RUNNING')", Integer.class);
				this.mostActiveRuns.accumulateAndGet(active, Math::max);
				sleep(5);
			}
		}, "import-run-watcher");
		this.watcher.start();
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		this.watching.set(false);
		this.watcher.join();
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.accounts.all().stream().noneMatch((account) -> account.getUsername().equals("admin"))) {
			this.accounts.create("admin", ADMIN_PASSWORD, Role.ADMIN);
		}
	}

	@Test
	void importsStartedInTwoInstancesAtOnceRunOneAtATime() throws Exception {
		ConfigurableApplicationContext other = start(false);
		ArticleImporter otherImporter = other.getBean(ArticleImporter.class);

		List<Object> outcomes = atOnce(() -> startSeedImport(this.importer, "admin-here"),
				() -> startSeedImport(otherImporter, "admin-there"));

		assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(ImportAlreadyRunningException.class::isInstance).hasSize(1);
		assertThat(this.importer.isRunning()).isTrue();
		assertThat(otherImporter.isRunning()).isTrue();
		WebSession admin = WebSession.signIn(port(other), "admin", ADMIN_PASSWORD);
		HttpResponse<String> refused = admin.post("/admin/imports");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(admin.page("/admin/imports").select("[role=alert]").text()).contains("Another import is running");
		awaitNoActiveRun();
		assertThat(this.jdbc.queryForList("select status from import_run", String.class)).containsExactly("SUCCEEDED");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(4);

		// Re-imports of unchanged files are short, so the two often run one after the
		// other; they must never overlap.
		for (int round = 0; round < 10; round++) {
			List<Object> again = atOnce(() -> startSeedImport(this.importer, "admin-here"),
					() -> startSeedImport(otherImporter, "admin-there"));
			assertThat(again).filteredOn(Long.class::isInstance).isNotEmpty();
			assertThat(again).allMatch(
					(outcome) -> outcome instanceof Long || outcome instanceof ImportAlreadyRunningException,
					"a run id or 'an import is running'");
			awaitNoActiveRun();
		}
		assertThat(this.mostActiveRuns).as("runs queued or running at the same time").hasValue(1);
		assertThat(this.jdbc.queryForList("select distinct status from import_run", String.class))
			.containsExactly("SUCCEEDED");
	}

	@Test
	void instancesStartingTogetherOnAnEmptyDatabaseImportTheSeedsOnce() throws Exception {
		this.jdbc.update("delete from account");

		atOnce(() -> start(true), () -> start(true));
		awaitNoActiveRun();

		assertThat(this.jdbc.queryForList("select triggered_by || ' ' || status from import_run", String.class))
			.containsExactly("STARTUP SUCCEEDED");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(4);
		assertThat(this.jdbc.queryForList("select username from account", String.class)).containsExactly("admin");
		assertThat(this.mostActiveRuns).as("runs queued or running at the same time").hasValue(1);
	}

	/**
	 * Starts another instance of the application on the same database, on a port of its
	 * own.
	 */
	private ConfigurableApplicationContext start(boolean seedOnFirstStart) throws SQLException {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(NewslineApplication.class)
			.properties("spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + database.getPassword(), "server.port=0",
					"spring.main.register-shutdown-hook=false", "spring.main.banner-mode=off",
					"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
					"newsline.import.seed-on-first-start=" + seedOnFirstStart,
					"NEWSLINE_ADMIN_PASSWORD=" + ADMIN_PASSWORD)
			.run();
		synchronized (this.instances) {
			this.instances.add(instance);
		}
		return instance;
	}

	private static Object startSeedImport(ArticleImporter importer, String admin) {
		try {
			return importer.startSeedImport(ImportRun.Trigger.ADMIN, admin);
		}
		catch (ImportAlreadyRunningException ex) {
			return ex;
		}
	}

	/**
	 * Runs both at the same moment, each in a thread of its own; returns their results.
	 */
	@SafeVarargs
	private static List<Object> atOnce(Callable<? extends Object>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch ready = new CountDownLatch(tasks.length);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Object>> running = new ArrayList<>();
			for (Callable<? extends Object> task : tasks) {
				running.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> result : running) {
				results.add(result.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void awaitNoActiveRun() {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (this.jdbc.queryForObject(
				"select count(*) from import_run where status in ('QUEUED', 'RUNNING') or finished_at is null",
				Integer.class) > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("An import run did not finish");
			}
			sleep(50);
		}
		while (this.importer.isRunning()) {
			sleep(10);
		}
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
