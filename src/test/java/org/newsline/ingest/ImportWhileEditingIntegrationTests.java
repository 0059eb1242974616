package org.newsline.ingest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.support.Await;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors review what the importer drafted from an article while changed versions of that
 * article are imported: every save an editor saw succeed is still there afterwards, and
 * every import of the changed file is written, none is reported failed. To make editors'
 * first saves meet an import in the middle of its write, the test holds the article's row
 * so that each import stalls inside its transaction, and lets the editors loose on the
 * records nobody touched yet only while it stalls.
 */
@NewslineIntegrationTest
class ImportWhileEditingIntegrationTests {

	private static final String PASSWORD = "a-long-editor-passphrase";

	private static final String FILE = "001_e8344a3bda362c86.txt";

	/** Another seed article reporting the same strike. */
	private static final String RELATED = "002_672ce715bc024242.txt";

	private static final int EDITORS = 6;

	/** How long each import is held up in its write while editors save. */
	private static final long STALL_MILLIS = 1500;

	/** Paragraphs added one by one, so that every import is of a changed file. */
	private static final List<String> ADDITIONS = List.of(
			"Defence Minister Vladimir Padrino López said on Tuesday that the armed forces had been placed on alert along the coast.",
			"Foreign Minister Yván Gil rejected the claims on Wednesday, according to state television, calling them a pretext for war.",
			"Colombian President Gustavo Petro warned on Thursday that an attack on Venezuela would destabilize the region.",
			"The US Treasury announced new sanctions on Friday against two Venezuelan shipping companies, officials said.");

	@TempDir
	Path folder;

	@LocalServerPort
	int port;

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	AccountService accounts;

	@Autowired
	DataSource applicationDataSource;

	/**
	 * The test's own connections, apart from the application's pool: its row holds and
	 * its watching of what waits must not take connections the editors and the import
	 * need, nor wait behind them.
	 */
	HikariDataSource dataSource;

	JdbcTemplate jdbc;

	String original;

	@BeforeEach
	void setUp() throws IOException {
		this.cleaner.clean();
		HikariDataSource application = (HikariDataSource) this.applicationDataSource;
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(application.getJdbcUrl());
		this.dataSource.setUsername(application.getUsername());
		this.dataSource.setPassword(application.getPassword());
		this.dataSource.setMaximumPoolSize(EDITORS + 2);
		this.dataSource.setPoolName("test-observer");
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.original = Files.readString(Path.of("seeds", FILE), StandardCharsets.UTF_8);
		Files.copy(Path.of("seeds", ArticleImporter.MANIFEST), this.folder.resolve(ArticleImporter.MANIFEST));
	}

	@AfterEach
	void closeConnections() {
		this.dataSource.close();
	}

	@Test
	void editorsSavesAndTheImportOfAChangedArticleBothLand() throws Exception {
		ImportReport first = importVersion(0);
		assertThat(first.files()).singleElement()
			.satisfies((file) -> assertThat(file.outcome()).isEqualTo(FileOutcome.CREATED));
		long articleId = first.files().get(0).articleId();
		List<WebSession> editors = new ArrayList<>();
		for (int n = 0; n < EDITORS; n++) {
			String name = "reviewer-" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
			this.accounts.create(name, PASSWORD, Role.EDITOR);
			editors.add(WebSession.signIn(this.port, name, PASSWORD));
		}

		AtomicBoolean importing = new AtomicBoolean(true);
		AtomicBoolean stalled = new AtomicBoolean(false);
		AtomicInteger savesDuringStalls = new AtomicInteger();
		Map<String, String> lastSaved = new ConcurrentHashMap<>();
		List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
		List<ImportReport> reports = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 1);
		List<Future<?>> running = new ArrayList<>();
		try {
			for (int n = 0; n < EDITORS; n++) {
				int editor = n;
				running.add(pool.submit(() -> {
					review(editors.get(editor), editor, articleId, importing, stalled, savesDuringStalls, lastSaved,
							answers);
					return null;
				}));
			}
			for (int version = 1; version <= ADDITIONS.size(); version++) {
				reports.add(importStalled(version, articleId, stalled, pool));
			}
		}
		finally {
			importing.set(false);
			for (Future<?> editor : running) {
				editor.get(60, TimeUnit.SECONDS);
			}
			pool.shutdownNow();
		}

		assertThat(savesDuringStalls).as("saves begun while an import was stalled in its write").hasPositiveValue();
		assertThat(reports).allSatisfy((report) -> assertThat(report.files()).singleElement()
			.satisfies((file) -> assertThat(file.outcome()).as(file.reason()).isEqualTo(FileOutcome.UPDATED)));
		assertThat(answers).as("answers to editors' saves")
			.isNotEmpty()
			.allSatisfy((status) -> assertThat(status)
				.as("an editor's save answered with a redirect, the conflict page or not found")
				.isIn(302, 409, 404));
		assertThat(lastSaved).as("records saved by editors").isNotEmpty();
		lastSaved.forEach((record, saved) -> assertThat(current(record)).as(record).isEqualTo(saved));

		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class, articleId);
		String added = ADDITIONS.get(ADDITIONS.size() - 1);
		assertThat(body).contains(added);
		int at = body.indexOf(added);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from evidence where article_id = ? and span_start >= ? and span_end <= ?",
				Integer.class, articleId, at, at + added.length()))
			.as("what the importer found in the added paragraph")
			.isPositive();
		System.out.printf(
				"Import while editing: %d saves, %d begun during stalls (%d saved, %d stale, %d gone), import notes: %s%n",
				answers.size(), savesDuringStalls.get(), answers.stream().filter((s) -> s == 302).count(),
				answers.stream().filter((s) -> s == 409).count(), answers.stream().filter((s) -> s == 404).count(),
				reports.stream().map((r) -> String.valueOf(r.files().get(0).notes())).toList());
	}

	@Test
	void anImportMeetingAnEditorsSaveWritesTheFileAgainAndKeepsTheSave() throws Exception {
		ImportReport first = importVersion(0);
		long firstArticle = first.files().get(0).articleId();
		List<Long> drafted = this.jdbc.queryForList("select id from event order by id", Long.class);
		String name = "reviewer-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(name, PASSWORD, Role.EDITOR);
		WebSession editor = WebSession.signIn(this.port, name, PASSWORD);
		Path related = this.folder.resolve(RELATED);
		Files.copy(Path.of("seeds", RELATED), related);

		ExecutorService pool = Executors.newFixedThreadPool(drafted.size() + 1);
		List<Future<HttpResponse<String>>> saves = new ArrayList<>();
		ImportReport second;
		try (Connection holder = this.dataSource.getConnection()) {
			// The test holds every event, so that the editor's saves queue for them first
			// and the import of a related article, which adds its report to one of them,
			// queues behind.
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("select id from event for no key update")) {
				lock.executeQuery().close();
			}
			for (long id : drafted) {
				long version = this.jdbc.queryForObject("select version from event where id = ?", Long.class, id);
				saves.add(pool.submit(() -> editor.post("/desk/events/" + id + "/status", "status", "PUBLISHED",
						"version", String.valueOf(version))));
			}
			Await.until(Duration.ofSeconds(60), "the editor's saves to wait for the events",
					() -> waiting("select e1_0.%") == drafted.size());
			Future<ImportReport> importing = pool.submit(() -> this.importer.importPaths(List.of(related),
					this.folder.resolve(ArticleImporter.MANIFEST), ImportRun.Trigger.CLI, "importer"));
			Await.until(Duration.ofSeconds(60), "the import to wait for an event",
					() -> waiting("select version from event %") == 1 || importing.isDone());
			holder.rollback();
			for (Future<HttpResponse<String>> save : saves) {
				assertThat(save.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
			}
			second = importing.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(second.files()).singleElement().satisfies((file) -> {
			assertThat(file.outcome()).isEqualTo(FileOutcome.CREATED);
			assertThat(file.notes()).contains("written on attempt 2");
		});
		assertThat(this.jdbc.queryForList("select status from event where id = any(?)", String.class,
				(Object) drafted.toArray(Long[]::new)))
			.as("the editor's decisions")
			.hasSize(drafted.size())
			.containsOnly("PUBLISHED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_source where event_id = any(?) and article_id <> ?", Integer.class,
				(Object) drafted.toArray(Long[]::new), firstArticle))
			.as("reports of the related article added to the events the editor published")
			.isPositive();
	}

	private int waiting(String query) {
		return this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike ?", Integer.class,
				query);
	}

	/**
	 * Imports the next version of the article while the test holds the article's row, so
	 * the import stalls in its write transaction; lets the editors make first saves for a
	 * while, then lets the import finish.
	 */
	private ImportReport importStalled(int version, long articleId, AtomicBoolean stalled, ExecutorService pool)
			throws Exception {
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("select id from article where id = ? for no key update")) {
				lock.setLong(1, articleId);
				lock.executeQuery().close();
			}
			Future<ImportReport> running = pool.submit(() -> importVersion(version));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!importWaitsForTheArticle()) {
				if (running.isDone() || System.nanoTime() > deadline) {
					holder.rollback();
					throw new AssertionError("The import never waited for the article's row: " + running.get());
				}
				Thread.sleep(20);
			}
			stalled.set(true);
			Thread.sleep(STALL_MILLIS);
			stalled.set(false);
			holder.rollback();
			return running.get(60, TimeUnit.SECONDS);
		}
	}

	private boolean importWaitsForTheArticle() {
		return this.jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
				+ "and query ilike 'update article %'", Integer.class) > 0;
	}

	/**
	 * One editor's work until the imports are done: saves a new title and status of an
	 * event or a verdict on a claim of the article, among those this editor looks after.
	 * While an import stalls it takes the records nobody touched yet first, otherwise
	 * only those already reviewed. Records what each successful save wrote.
	 */
	private void review(WebSession editor, int n, long articleId, AtomicBoolean importing, AtomicBoolean stalled,
			AtomicInteger savesDuringStalls, Map<String, String> lastSaved, List<Integer> answers)
			throws InterruptedException {
		int save = 0;
		while (importing.get()) {
			boolean duringStall = stalled.get();
			List<String> records = records(articleId, n, duringStall);
			if (records.isEmpty()) {
				Thread.sleep(20);
				continue;
			}
			if (!duringStall) {
				Thread.sleep(30);
			}
			String record = records.get(0);
			long id = Long.parseLong(record.substring(record.indexOf(':') + 1));
			save++;
			boolean event = record.startsWith("event:");
			String path = (event ? "/desk/events/" : "/desk/claims/") + id;
			HttpResponse<String> page = editor.get(path);
			if (page.statusCode() != 200) {
				answers.add(page.statusCode());
				continue;
			}
			if (stalled.get()) {
				savesDuringStalls.incrementAndGet();
			}
			HttpResponse<String> answer;
			String saved;
			if (event) {
				String title = "Reviewed by editor " + n + " (" + save + ")";
				String status = (save % 2 == 0) ? "PUBLISHED" : "REJECTED";
				answer = post(editor, page, "form[action$='" + path + "']", path, "title", title, "status", status);
				saved = title + " | " + status;
			}
			else {
				String verdict = (save % 2 == 0) ? "DISPUTED" : "CORROBORATED";
				String rationale = "Checked by editor " + n + " (" + save + ")";
				answer = post(editor, page, "form#verdict-form", path + "/verdict", "verdict", verdict, "rationale",
						rationale);
				saved = verdict + " | " + rationale;
			}
			answers.add(answer.statusCode());
			if (answer.statusCode() == 302) {
				lastSaved.put(record, saved);
			}
		}
	}

	/**
	 * The article's events and claims this editor looks after, those nobody touched yet
	 * first: while an import stalls all of them, otherwise those already reviewed and
	 * half of the others, so that there are always some left untouched for the next
	 * import to meet.
	 */
	private List<String> records(long articleId, int editor, boolean duringStall) {
		return this.jdbc.queryForList("""
				select kind || ':' || id from (
				  select 'event' as kind, e.id, e.edited from event e
				  where e.id in (select s.event_id from event_source s where s.article_id = ?)
				  union all
				  select 'claim', c.id, c.edited from claim c where c.article_id = ?
				) r where mod(r.id, ?) = ? and (? or r.edited or mod(r.id / ?, 2) = 0)
				order by r.edited, random()""", String.class, articleId, articleId, EDITORS, editor, duringStall,
				EDITORS);
	}

	private String current(String record) {
		long id = Long.parseLong(record.substring(record.indexOf(':') + 1));
		if (record.startsWith("event:")) {
			return this.jdbc.queryForObject("select title || ' | ' || status from event where id = ?", String.class,
					id);
		}
		return this.jdbc.queryForObject("select verdict || ' | ' || verdict_rationale from claim where id = ?",
				String.class, id);
	}

	private static HttpResponse<String> post(WebSession editor, HttpResponse<String> page, String formSelector,
			String path, String... changes) {
		Document document = Jsoup.parse(page.body());
		List<String> values = WebSession.formValues(document, formSelector);
		for (int i = 0; i + 1 < changes.length; i += 2) {
			values = WebSession.with(values, changes[i], changes[i + 1]);
		}
		Element token = document.selectFirst(formSelector + " input[name=_csrf]");
		values = WebSession.with(values, "_csrf", (token != null) ? token.val() : "");
		return editor.postWithoutCsrf(path, values.toArray(String[]::new));
	}

	/** Imports the seed article with the first {@code additions} paragraphs added. */
	private ImportReport importVersion(int additions) throws IOException {
		StringBuilder text = new StringBuilder(this.original.strip());
		for (String paragraph : ADDITIONS.subList(0, additions)) {
			text.append("\n\n").append(paragraph);
		}
		Path file = this.folder.resolve(FILE);
		Files.writeString(file, text.append('\n'), StandardCharsets.UTF_8);
		return this.importer.importPaths(List.of(file), this.folder.resolve(ArticleImporter.MANIFEST),
				ImportRun.Trigger.CLI, "importer");
	}

}
