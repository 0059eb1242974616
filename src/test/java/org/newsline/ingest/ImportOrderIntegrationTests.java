package org.newsline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Invariants;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same articles give the same timeline whichever order they are imported in: two
 * workers share a run's files in no fixed order, and a job taken over from a dead worker
 * runs after files queued behind it.
 */
@NewslineIntegrationTest
class ImportOrderIntegrationTests {

	private static final Path SEEDS = Path.of("seeds");

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	DataSource dataSource;

	@Test
	void theSameArticlesGiveTheSameTimelineInAnyOrder() throws Exception {
		// one seed tells of a drone strike and, on another day, of a remark about
		// it; both resemble the strike another seed tells of, and taken after that
		// one, both used to fold into it
		Map<String, Long> inOrder = importInOrder("000", "001", "002", "003");
		Map<String, Long> shuffled = importInOrder("000", "002", "001", "003");
		assertThat(shuffled).isEqualTo(inOrder);
		Map<String, Long> reversed = importInOrder("003", "002", "001", "000");
		assertThat(reversed).isEqualTo(inOrder);
	}

	private Map<String, Long> importInOrder(String... prefixes) throws Exception {
		this.cleaner.clean();
		List<Path> files = Arrays.stream(prefixes).map(this::seed).toList();
		ImportReport report = this.importer.importPaths(files, SEEDS.resolve("sources.csv"), ImportRun.Trigger.CLI,
				"test");
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.files()).extracting(ImportReport.FileReport::file)
			.containsExactlyElementsOf(files.stream().map((file) -> file.getFileName().toString()).toList());
		try (Connection connection = this.dataSource.getConnection()) {
			Invariants.assertHold(connection);
			return Invariants.counts(connection);
		}
	}

	private Path seed(String prefix) {
		try (var listing = Files.list(SEEDS)) {
			return listing.filter((file) -> file.getFileName().toString().startsWith(prefix + "_"))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
