package org.newsline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.document.Manifest;
import org.newsline.support.Await;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.OtherInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports as jobs on the queue: two workers share one run's articles and the run ends
 * with the same records as an import in one process; a web node with
 * {@code newsline.import.run-in-web=false} queues runs but never runs a job itself.
 */
@NewslineIntegrationTest
class ImportWorkersIntegrationTests {

	private static final Path SEEDS = Path.of("seeds");

	private static final List<String> COUNTED = List.of("article", "actor", "event", "claim", "evidence");

	@Autowired
	ArticleImporter importer;

	@Autowired
	ImportWorker worker;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseCleaner cleaner;

	final List<ConfigurableApplicationContext> others = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
	}

	@AfterEach
	void tearDown() {
		this.others.forEach(ConfigurableApplicationContext::close);
		this.cleaner.clean();
	}

	@Test
	void twoWorkersShareOneRunsArticlesAndWriteEachOnce() throws Exception {
		ImportReport clean = this.importer.importFolder(SEEDS, ImportRun.Trigger.CLI, "test");
		assertThat(clean.status()).isEqualTo(ImportStatus.SUCCEEDED);
		Map<String, Long> cleanCounts = counts();
		this.cleaner.clean();
		ConfigurableApplicationContext other = OtherInstance.worker(this.dataSource);
		this.others.add(other);
		ImportWorker otherWorker = other.getBean(ImportWorker.class);

		long runId = this.importer.startImport(seedFiles(), manifest(), ImportRun.Trigger.ADMIN, "admin");
		awaitFinished(runId);

		assertThat(this.jdbc.queryForObject("select status from import_run where id = ?", String.class, runId))
			.isEqualTo("SUCCEEDED");
		assertThat(this.jdbc.queryForList("select worker from import_file where run_id = ? order by worker",
				String.class, runId))
			.as("each worker took some of the run's articles")
			.hasSize(4)
			.contains(this.worker.name(), otherWorker.name());
		assertThat(this.jdbc.queryForList("select outcome from import_file where run_id = ?", String.class, runId))
			.containsOnly("CREATED");
		assertThat(counts()).as("the same records as an import in one process").isEqualTo(cleanCounts);
		assertThat(this.jdbc.queryForObject("select count(*) from import_job where run_id = ? and content is not null",
				Long.class, runId))
			.as("the files' bytes are dropped once imported")
			.isZero();
	}

	@Test
	void aWebNodeWithRunInWebOffQueuesRunsButRunsNoJob() throws Exception {
		ConfigurableApplicationContext web = OtherInstance.start(this.dataSource, "newsline.import.run-in-web=false");
		this.others.add(web);
		assertThat(web.getBean(ImportWorker.class).isRunning()).as("its worker").isFalse();

		long runId = web.getBean(ArticleImporter.class)
			.startImport(seedFiles(), manifest(), ImportRun.Trigger.ADMIN, "admin");
		awaitFinished(runId);

		assertThat(
				this.jdbc.queryForList("select distinct worker from import_file where run_id = ?", String.class, runId))
			.as("every job ran on the node that takes jobs")
			.containsExactly(this.worker.name());
		assertThat(web.getBean(ArticleImporter.class).progress()).isEmpty();
	}

	private void awaitFinished(long runId) throws InterruptedException {
		Await.until(Duration.ofSeconds(240), "run " + runId + " to finish", () -> this.jdbc
			.queryForObject("select finished_at is not null from import_run where id = ?", Boolean.class, runId));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String table : COUNTED) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private static List<InputFile> seedFiles() throws Exception {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter((path) -> path.toString().endsWith(".txt"))
				.sorted()
				.map((path) -> InputFile.of(path))
				.toList();
		}
	}

	private static Manifest manifest() throws Exception {
		try (var reader = Files.newBufferedReader(SEEDS.resolve(ArticleImporter.MANIFEST))) {
			return Manifest.parse(reader);
		}
	}

}
