package org.newsline.curation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.article.Article;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many editors save the same event at once over real HTTP, each with a session and CSRF
 * token of their own: every save either becomes exactly one revision or answers with the
 * conflict page, and no save based on a version someone else already replaced succeeds.
 */
@NewslineIntegrationTest
class ConcurrentEditingIntegrationTests {

	private static final String PASSWORD = "a-long-editor-passphrase";

	private static final int EDITORS = 50;

	private static final int SAVES = 20;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	Article article;

	Event event;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.article = this.fixtures.article("harbour.txt",
				"Port workers stopped loading ships on Friday, the union said, after talks with the operator failed.",
				LocalDate.of(2025, 9, 12), "Coastal Wire");
		Actor union = this.fixtures.actor("Dockworkers Union", ActorKind.ORGANIZATION);
		this.event = this.fixtures.event("Port workers strike", EventDate.day(LocalDate.of(2025, 9, 12)),
				List.of(union), List.of(this.article));
	}

	@Test
	void everySuccessfulSaveOfFiftyEditorsIsOneRevisionAndNoStaleSaveSucceeds() throws Exception {
		long id = this.event.getId();
		long initialVersion = version(id);
		int initialRevisions = revisions(id).size();
		List<WebSession> editors = inParallel(EDITORS, (n) -> editor("desk-" + n));

		CountDownLatch start = new CountDownLatch(1);
		List<Save> saves = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> running = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		try {
			for (int n = 0; n < EDITORS; n++) {
				int editor = n;
				running.add(pool.submit(() -> {
					start.await();
					saveRepeatedly(editors.get(editor), editor, id, saves);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> editor : running) {
				editor.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<Save> succeeded = saves.stream().filter((save) -> save.status() == 302).toList();
		List<Save> refused = saves.stream().filter((save) -> save.status() == 409).toList();
		assertThat(saves.stream().filter((save) -> save.status() != 302 && save.status() != 409))
			.as("answers other than a redirect or the conflict page")
			.isEmpty();
		assertThat(succeeded.size() + refused.size()).isEqualTo(EDITORS * SAVES);
		assertThat(succeeded).as("saves that succeeded").isNotEmpty();
		assertThat(refused).as("saves refused as stale").isNotEmpty();

		List<Long> basedOn = succeeded.stream().map(Save::version).sorted().toList();
		assertThat(basedOn).as("each successful save replaced the version before it, and no version twice")
			.isEqualTo(consecutive(initialVersion, succeeded.size()));
		assertThat(version(id)).isEqualTo(initialVersion + succeeded.size());

		List<String> titles = revisions(id);
		assertThat(titles).hasSize(initialRevisions + succeeded.size());
		List<String> savedInOrder = succeeded.stream()
			.sorted(Comparator.comparingLong(Save::version))
			.map(Save::title)
			.toList();
		assertThat(titles.subList(initialRevisions, titles.size()))
			.as("the history holds every successful save, in the order they were made")
			.isEqualTo(savedInOrder);
		assertThat(title(id)).isEqualTo(savedInOrder.get(savedInOrder.size() - 1));
		System.out.printf("%d editors x %d saves of one event: %d saved, %d refused as stale%n", EDITORS, SAVES,
				succeeded.size(), refused.size());
	}

	@Test
	void bulkDecisionLeavesAloneWhatChangedSinceTheQueueWasShown() {
		Event closed = this.fixtures.event("Harbour closed", EventDate.day(LocalDate.of(2025, 9, 13)), List.of(),
				List.of(this.article));
		Event idle = this.fixtures.event("Cranes stand idle", EventDate.day(LocalDate.of(2025, 9, 14)), List.of(),
				List.of(this.article));
		WebSession editor = editor("queue");
		WebSession colleague = editor("colleague");
		Document queue = editor.page("/desk");
		List<String> decision = WebSession.formValues(queue, "form.review");

		String path = "/desk/events/" + this.event.getId();
		List<String> edit = WebSession.with(WebSession.formValues(colleague.page(path), "form[action$='" + path + "']"),
				"title", "Port workers strike for a second day");
		assertThat(colleague.post(path, edit).statusCode()).isEqualTo(302);
		assertThat(colleague
			.post("/desk/events/" + closed.getId() + "/status", "status", "REJECTED", "version",
					String.valueOf(version(closed.getId())))
			.statusCode()).isEqualTo(302);
		List<String> ticked = new ArrayList<>(decision);
		for (Event event : List.of(this.event, closed, idle)) {
			ticked.addAll(List.of("event", String.valueOf(event.getId())));
		}
		ticked.addAll(List.of("act", "PUBLISHED"));
		HttpResponse<String> decided = editor.post("/desk/review", ticked);

		assertThat(decided.statusCode()).isEqualTo(302);
		Document after = editor.page("/desk");
		assertThat(after.select(".notice").text()).contains("Published 1 item.")
			.contains("2 items were left as they were");
		assertThat(status(idle.getId())).isEqualTo("PUBLISHED");
		assertThat(status(closed.getId())).isEqualTo("REJECTED");
		assertThat(status(this.event.getId())).isEqualTo("UNREVIEWED");
		assertThat(title(this.event.getId())).isEqualTo("Port workers strike for a second day");
	}

	@Test
	void concurrentMergesOfOneDuplicateMergeItOnce() throws Exception {
		Event first = this.event;
		Event second = this.fixtures.event("Dockers walk out", EventDate.day(LocalDate.of(2025, 9, 12)), List.of(),
				List.of(this.article));
		Event duplicate = this.fixtures.event("Strike at the port", EventDate.day(LocalDate.of(2025, 9, 12)), List.of(),
				List.of(this.article));
		this.fixtures.tag(duplicate, "Dockers");
		List<WebSession> editors = inParallel(4, (n) -> editor("merger-" + n));

		List<Integer> answers = inParallel(8,
				(n) -> editors.get(n % 4)
					.post("/desk/merge/events", "winnerId", String.valueOf(((n % 2 == 0) ? first : second).getId()),
							"loserId", String.valueOf(duplicate.getId()))
					.statusCode());

		assertThat(answers).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(answers).as("answers other than a redirect, the form with its error or a conflict")
			.allMatch((status) -> status == 302 || status == 200 || status == 409);
		Long winner = this.jdbc.queryForObject("select merged_into_id from event where id = ?", Long.class,
				duplicate.getId());
		assertThat(winner).isIn(first.getId(), second.getId());
		long loser = winner.equals(first.getId()) ? second.getId() : first.getId();
		assertThat(tags(winner)).containsExactly("Dockers");
		assertThat(tags(loser)).isEmpty();
		assertThat(tags(duplicate.getId())).isEmpty();
	}

	@Test
	void twoEventsMergedIntoEachOtherAtOnceAreMergedOneWay() throws Exception {
		WebSession one = editor("one");
		WebSession other = editor("other");
		for (int round = 0; round < 5; round++) {
			Event a = this.fixtures.event("Strike vote " + round, EventDate.day(LocalDate.of(2025, 9, 1)), List.of(),
					List.of(this.article));
			Event b = this.fixtures.event("Union votes to strike " + round, EventDate.day(LocalDate.of(2025, 9, 1)),
					List.of(), List.of(this.article));

			List<Integer> answers = inParallel(2,
					(n) -> ((n == 0) ? one : other)
						.post("/desk/merge/events", "winnerId", String.valueOf(((n == 0) ? a : b).getId()), "loserId",
								String.valueOf(((n == 0) ? b : a).getId()))
						.statusCode());

			assertThat(answers).containsExactlyInAnyOrder(302, 200);
			assertThat(this.jdbc.queryForList("select merged_into_id from event where id in (?, ?)", Long.class,
					a.getId(), b.getId()))
				.filteredOn((id) -> id != null)
				.hasSize(1);
		}
	}

	/**
	 * Saves the event again and again: from the form the first time, then from the
	 * version it last saw, which is the one it saved itself or the one the conflict page
	 * offers.
	 */
	private static void saveRepeatedly(WebSession editor, int n, long id, List<Save> saves) {
		String path = "/desk/events/" + id;
		Document page = editor.page(path);
		String selector = "form[action$='" + path + "']";
		List<String> form = WebSession.formValues(page, selector);
		String csrf = csrf(page, selector);
		long version = Long.parseLong(value(form, "version"));
		for (int s = 0; s < SAVES; s++) {
			String title = "Port strike, editor " + n + " save " + s;
			List<String> values = WebSession.with(form, "title", title);
			values = WebSession.with(values, "summary", "Summary by editor " + n + " in save " + s + ".");
			values = WebSession.with(values, "tags", "Labour dispute");
			values = WebSession.with(values, "version", String.valueOf(version));
			values = WebSession.with(values, "_csrf", csrf);
			HttpResponse<String> response = editor.postWithoutCsrf(path, values.toArray(String[]::new));
			saves.add(new Save(response.statusCode(), version, title));
			if (response.statusCode() == 302) {
				version++;
			}
			else if (response.statusCode() == 409) {
				Document conflict = Jsoup.parse(response.body());
				version = Long.parseLong(value(WebSession.formValues(conflict, selector), "version"));
			}
			else {
				return;
			}
		}
	}

	private WebSession editor(String prefix) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(name, PASSWORD, Role.EDITOR);
		return WebSession.signIn(this.port, name, PASSWORD);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from event where id = ?", String.class, id);
	}

	private List<String> tags(long id) {
		return this.jdbc.queryForList(
				"select t.name from tag t join event_tag et on et.tag_id = t.id where et.event_id = ?", String.class,
				id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from event where id = ?", Long.class, id);
	}

	private String title(long id) {
		return this.jdbc.queryForObject("select title from event where id = ?", String.class, id);
	}

	/** The event's title at each of its revisions, oldest first. */
	private List<String> revisions(long id) {
		return this.jdbc.queryForList("select title from event_aud where id = ? order by rev", String.class, id);
	}

	private static List<Long> consecutive(long first, int count) {
		return IntStream.range(0, count).mapToObj((i) -> first + i).toList();
	}

	private static String value(List<String> pairs, String name) {
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			if (pairs.get(i).equals(name)) {
				return pairs.get(i + 1);
			}
		}
		throw new AssertionError("No " + name + " in the form");
	}

	private static String csrf(Document page, String formSelector) {
		Element token = page.selectFirst(formSelector + " input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("No CSRF token in " + formSelector);
		}
		return token.val();
	}

	/** Makes all at the same moment, each in a thread of its own. */
	private static <T> List<T> inParallel(int count, Numbered<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int n = 0; n < count; n++) {
				int number = n;
				futures.add(pool.submit(() -> {
					start.await();
					return task.make(number);
				}));
			}
			start.countDown();
			List<T> made = new ArrayList<>();
			for (Future<T> future : futures) {
				made.add(future.get(60, TimeUnit.SECONDS));
			}
			return made;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Makes the n-th of several things. */
	private interface Numbered<T> {

		T make(int n) throws Exception;

	}

	/** One editor's save: the answer, the version it was based on, the title it wrote. */
	private record Save(int status, long version, String title) {
	}

}
