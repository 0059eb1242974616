package org.newsline.ingest;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.ingest.nlp.NlpPipeline;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One import run over the whole hostile corpus: every hostile file gets its own report
 * line, refused with its reason or created with a note on how it was sanitised; the good
 * articles beside them land with their events; no markup from an HTML file and nothing
 * from outside the folder reaches the database; the heap is back where it was after the
 * run.
 *
 * <p>
 * Markup written as text in a {@code .txt} file is the article's text, and stays: it is
 * shown escaped, never as markup.
 */
@NewslineIntegrationTest
class HostileCorpusImportIntegrationTests {

	/** What an import may keep on the heap after a run, beyond the loaded models. */
	private static final long HEAP_GROWTH_LIMIT = 300L * 1024 * 1024;

	private static final List<String> MARKUP = List.of("<script", "<iframe", "<svg", "<img", "<object", "<embed",
			"<style", "<math", "onerror", "onload", "onclick", "onfocus", "javascript:", "document.cookie", "srcdoc",
			"lollol", HostileCorpus.SECRET);

	@TempDir
	Path work;

	@LocalServerPort
	int port;

	@Autowired
	ArticleImporter importer;

	@Autowired
	NlpPipeline pipeline;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseCleaner cleaner;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void reportsEveryHostileFileLandsTheGoodOnesAndKeepsMemoryBounded() throws Exception {
		HostileCorpus corpus = HostileCorpus.write(Files.createDirectory(this.work.resolve("corpus")),
				Files.createDirectory(this.work.resolve("outside")));
		this.pipeline.annotate("The models load before the heap is measured.", null);
		long before = usedHeapAfterGc();

		ImportReport report = this.importer.importFolder(corpus.folder(), ImportRun.Trigger.CLI, "test");

		long growth = usedHeapAfterGc() - before;
		System.out.printf("Hostile corpus: %d files, %d failed, heap growth %,d bytes%n", report.files().size(),
				report.counts().failed(), growth);
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.message()).contains("skipped files that are not articles: slides.pdf");
		Map<String, ImportReport.FileReport> lines = report.files()
			.stream()
			.collect(Collectors.toMap(ImportReport.FileReport::file, Function.identity()));
		assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(corpus.expectations().keySet());
		corpus.expectations().values().forEach((expected) -> {
			ImportReport.FileReport line = lines.get(expected.key());
			assertThat(line.outcome()).as(expected.key()).isEqualTo(expected.outcome());
			if (expected.outcome() == FileOutcome.FAILED) {
				assertThat(line.reason()).as(expected.key()).isEqualTo(expected.text());
			}
			else if (expected.text() != null) {
				assertThat(line.notes()).as(expected.key()).contains(expected.text());
			}
		});
		for (String good : HostileCorpus.GOOD) {
			assertThat(lines.get(good).events()).as(good).isPositive();
		}
		assertThat(growth).as("heap kept after the run").isLessThan(HEAP_GROWTH_LIMIT);

		assertThat(body("nested.html")).isEqualTo(body("unclosed.html"))
			.isEqualTo(body("deep-json.html"))
			.isEqualTo("The harbour reopened on Friday after repairs, the port authority said.");
		assertThat(body("scripts.html")).contains("The harbour reopened on Friday")
			.contains("Fishermen said the wait had cost them a day's catch.")
			.contains("expects traffic to return to normal by Monday");
		assertThat(body("laughs.html")).hasSizeLessThan(200);
		assertThat(body("one-line.txt")).hasSize(5_000_000);
		storedText().forEach((source, text) -> {
			for (String markup : MARKUP) {
				assertThat(text).as(source).doesNotContainIgnoringCase(markup);
			}
		});

		Http http = new Http(this.port);
		long markupArticle = this.jdbc.queryForObject("select id from article where source_key = 'markup-as-text.txt'",
				Long.class);
		assertShownAsText(http.page("/sources/" + markupArticle));
		List<String> slugs = this.jdbc.queryForList("""
				select distinct e.slug from event e join event_source s on s.event_id = e.id
				join article a on a.id = s.article_id where a.source_key = 'markup-as-text.txt'""", String.class);
		assertThat(slugs).as("events drafted from the article quoting markup").isNotEmpty();
		for (String slug : slugs) {
			assertShownAsText(http.page("/events/" + slug));
		}
	}

	private static void assertShownAsText(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;script&gt;alert(&quot;defaced&quot;)&lt;/script&gt;")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x");
	}

	private String body(String key) {
		return this.jdbc.queryForObject("select body from article where source_key = ?", String.class, key);
	}

	/**
	 * Every text the import stored, by where it came from, except what was drafted from
	 * the text file that quotes markup.
	 */
	private Map<String, String> storedText() {
		Map<String, String> texts = new java.util.TreeMap<>();
		this.jdbc.query("""
				select source_key, concat_ws(' ', title, outlet, url, body) from article
				where source_key <> 'markup-as-text.txt'""",
				(RowCallbackHandler) (row) -> texts.put("article " + row.getString(1), row.getString(2)));
		this.jdbc.query("""
				select e.slug, concat_ws(' ', e.title, e.summary, e.date_phrase) from event e
				where not exists (select 1 from event_source s join article a on a.id = s.article_id
				where s.event_id = e.id and a.source_key = 'markup-as-text.txt')""",
				(RowCallbackHandler) (row) -> texts.put("event " + row.getString(1), row.getString(2)));
		this.jdbc.query("""
				select c.id, concat_ws(' ', c.speaker_label, c.text, c.sentence) from claim c
				join article a on a.id = c.article_id where a.source_key <> 'markup-as-text.txt'""",
				(RowCallbackHandler) (row) -> texts.put("claim " + row.getLong(1), row.getString(2)));
		this.jdbc.query("select name, concat_ws(' ', name, description) from actor",
				(RowCallbackHandler) (row) -> texts.put("actor " + row.getString(1), row.getString(2)));
		assertThat(texts).isNotEmpty();
		return texts;
	}

	private static long usedHeapAfterGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
