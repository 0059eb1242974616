package org.newsline.curation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorRepository;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor works the desk over real HTTP, with a session and CSRF tokens as a browser
 * has: reviews the queue, edits events, attaches sources, judges claims, merges and reads
 * history.
 */
@NewslineIntegrationTest
class DeskIntegrationTests {

	static final String BODY = "CARACAS — Venezuelan troops moved to the border on Monday, officials said. "
			+ "The defence minister claimed the deployment was purely defensive. "
			+ "Opposition leaders rejected this claim as propaganda.";

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	EventRepository events;

	@Autowired
	ActorRepository actors;

	@Autowired
	ClaimRepository claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	WebSession editor;

	Article article;

	Actor minister;

	Event deployment;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(name, "a-long-editor-passphrase", Role.EDITOR);
		this.editor = WebSession.signIn(this.port, name, "a-long-editor-passphrase");
		this.article = this.fixtures.article("border.txt", BODY, LocalDate.of(2025, 10, 7), "Daily Wire Service");
		this.minister = this.fixtures.actor("Vladimir Padrino López", ActorKind.PERSON, "Padrino");
		this.deployment = this.fixtures.event("Troops move to the border", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.minister), List.of(this.article));
		this.fixtures.evidence(this.deployment, this.article, "Venezuelan troops moved to the border on Monday");
	}

	@Test
	void queueShowsUnreviewedEventsAndClaimsWithTheirEvidenceHighlighted() {
		this.fixtures.claimQuoting(this.minister, "the deployment was purely defensive", this.deployment, this.article,
				"The defence minister claimed the deployment was purely defensive.");

		Document queue = this.editor.page("/desk");

		assertThat(queue.select("#event-" + this.deployment.getId() + " .review-title").text())
			.contains("Troops move to the border")
			.contains("6 Oct 2025");
		assertThat(queue.select("#event-" + this.deployment.getId() + " mark").eachText())
			.contains("Venezuelan troops moved to the border on Monday");
		assertThat(queue.select(".review-item mark").eachText())
			.contains("The defence minister claimed the deployment was purely defensive.");
		assertThat(queue.select("input[type=checkbox][name=event]")).hasSize(1);
		assertThat(queue.select("input[type=checkbox][name=claim]")).hasSize(1);
	}

	@Test
	void bulkDecisionPublishesOnlyTheTickedEvents() {
		Event other = this.fixtures.event("Airspace closed", EventDate.day(LocalDate.of(2025, 10, 8)), List.of(),
				List.of(this.article));

		HttpResponse<String> response = this.editor.post("/desk/review", "act", "PUBLISHED", "event",
				String.valueOf(this.deployment.getId()));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(status(this.deployment)).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(status(other)).isEqualTo(ReviewStatus.UNREVIEWED);
		Document queue = this.editor.page("/desk");
		assertThat(queue.select(".notice").text()).contains("Published 1 item.");
		assertThat(queue.text()).doesNotContain("Troops move to the border").contains("Airspace closed");

		this.editor.post("/desk/review", "act", "REJECTED:event:" + other.getId());
		assertThat(status(other)).isEqualTo(ReviewStatus.REJECTED);
	}

	@Test
	void eventFormShowsRuleErrorsBesideTheFieldsAndKeepsTheInput() {
		Document form = this.editor.page("/desk/events/" + this.deployment.getId());
		List<String> values = WebSession.formValues(form,
				"form[action$='/desk/events/" + this.deployment.getId() + "']");
		values = WebSession.with(values, "title", "Troops reach the border");
		values = WebSession.with(values, "end", "2025-10-01");

		HttpResponse<String> response = this.editor.post("/desk/events/" + this.deployment.getId(), values);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#end-error").text()).isEqualTo("The end cannot lie before the start");
		assertThat(page.select("#end").attr("aria-describedby")).isEqualTo("end-error");
		assertThat(page.select("#title").val()).isEqualTo("Troops reach the border");
		assertThat(title(this.deployment)).isEqualTo("Troops move to the border");

		values = WebSession.with(values, "end", "2025-10-09");
		Document again = Jsoup.parse(this.editor.post("/desk/events/" + this.deployment.getId(), values).body());
		assertThat(again.select("#end-error").text()).startsWith("A date known to the day has no different end");
	}

	@Test
	void newEventCreatesUnknownActorsAndTagsInline() {
		HttpResponse<String> response = this.editor.post("/desk/events", "title", "Talks in Doha", "summary",
				"Envoys met.", "start", "2025-11-01", "end", "", "precision", "MONTH", "actors", "padrino", "actors",
				"Qatari mediators", "newActorKind", "GROUP", "tags", "diplomacy", "tags", "", "status", "DRAFT",
				"version", "0");

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		Document page = this.editor.page(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.select("h1").text()).isEqualTo("Talks in Doha");
		assertThat(page.select("input[name=actors]").eachAttr("value")).contains("Vladimir Padrino López",
				"Qatari mediators");
		assertThat(page.select("input[name=tags]").eachAttr("value")).contains("diplomacy");
		assertThat(page.select("#end").val()).isEqualTo("2025-11-30");
		Actor created = this.actors.findBySlug("qatari-mediators").orElseThrow();
		assertThat(created.getKind()).isEqualTo(ActorKind.GROUP);
	}

	@Test
	void quoteMustOccurInTheArticleToBeAttached() {
		String path = "/desk/events/" + this.deployment.getId() + "/sources/article";
		HttpResponse<String> refused = this.editor.post(path, "articleId", String.valueOf(this.article.getId()),
				"quote", "troops invaded the capital");

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#source-quote-error").text()).contains("does not occur in the article");
		assertThat(page.select("#source-quote").text()).isEqualTo("troops invaded the capital");

		HttpResponse<String> attached = this.editor.post(path, "articleId", String.valueOf(this.article.getId()),
				"quote", "Opposition leaders rejected this claim as propaganda.");
		assertThat(attached.statusCode()).isEqualTo(302);
		Document after = this.editor.page("/desk/events/" + this.deployment.getId());
		assertThat(after.select("#sources mark").eachText())
			.contains("Opposition leaders rejected this claim as propaganda.");
	}

	@Test
	void externalLinkCanBeMarkedDerivedFromAnotherSourceAndDetached() {
		this.editor.post("/desk/events/" + this.deployment.getId() + "/sources/link", "url",
				"https://news.example/copy", "outlet", "Copy Desk", "title", "Troops at border", "publishedOn",
				"2025-10-07", "quote", "Troops moved to the border.");
		List<Long> ids = this.jdbc.queryForList("select id from event_source where event_id = ? order by id",
				Long.class, this.deployment.getId());
		assertThat(ids).hasSize(2);

		this.editor.post("/desk/events/" + this.deployment.getId() + "/sources/" + ids.get(1) + "/derived",
				"derivedFromId", String.valueOf(ids.get(0)));
		assertThat(this.jdbc.queryForObject("select independent from event_source where id = ?", Boolean.class,
				ids.get(1)))
			.isFalse();
		Document page = this.editor.page("/desk/events/" + this.deployment.getId());
		assertThat(page.select("#source-" + ids.get(1) + " .badge").text()).isEqualTo("derived");

		this.editor.post("/desk/events/" + this.deployment.getId() + "/sources/" + ids.get(1) + "/detach");
		assertThat(this.jdbc.queryForList("select id from event_source where event_id = ?", Long.class,
				this.deployment.getId()))
			.containsExactly(ids.get(0));
	}

	@Test
	void verdictOtherThanUnverifiedNeedsARationale() {
		Claim claim = this.fixtures.claimQuoting(this.minister, "the deployment was purely defensive", this.deployment,
				this.article, "The defence minister claimed the deployment was purely defensive.");
		String path = "/desk/claims/" + claim.getId() + "/verdict";

		HttpResponse<String> refused = this.editor.post(path, "verdict", "DISPUTED", "rationale", " ", "version", "0");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#rationale-error").text()).contains("needs a rationale");

		HttpResponse<String> saved = this.editor.post(path, "verdict", "DISPUTED", "rationale",
				"The opposition rejects it.", "counterArticleId", String.valueOf(this.article.getId()), "counterQuote",
				"Opposition leaders rejected this claim as propaganda.", "version", "0");
		assertThat(saved.statusCode()).isEqualTo(302);
		Claim judged = this.claims.findById(claim.getId()).orElseThrow();
		assertThat(judged.getVerdict()).isEqualTo(Verdict.DISPUTED);
		assertThat(judged.getVerdictRationale()).isEqualTo("The opposition rejects it.");
		Document page = this.editor.page("/desk/claims/" + claim.getId());
		assertThat(page.select(".current-claim").text()).contains("disputed")
			.contains("The opposition rejects it.")
			.contains("Opposition leaders rejected this claim as propaganda.");
	}

	@Test
	void staleEditShowsTheConflictWithBothVersionsAndKeepsTheInput() {
		String path = "/desk/events/" + this.deployment.getId();
		List<String> mine = WebSession.formValues(this.editor.page(path), "form[action$='" + path + "']");
		List<String> theirs = WebSession.with(mine, "title", "Troops reach the frontier");
		assertThat(this.editor.post(path, theirs).statusCode()).isEqualTo(302);

		HttpResponse<String> conflict = this.editor.post(path, WebSession.with(mine, "summary", "My careful summary."));

		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		assertThat(page.select("h1").text()).isEqualTo("Someone else changed this event first");
		assertThat(page.select("td.theirs").eachText()).contains("Troops reach the frontier");
		assertThat(page.select("#summary").text()).isEqualTo("My careful summary.");
		assertThat(title(this.deployment)).isEqualTo("Troops reach the frontier");

		List<String> resubmit = WebSession.formValues(page, "form[action$='" + path + "']");
		assertThat(this.editor.post(path, resubmit).statusCode()).isEqualTo(302);
		Event saved = this.events.findById(this.deployment.getId()).orElseThrow();
		assertThat(saved.getSummary()).isEqualTo("My careful summary.");
		assertThat(saved.getTitle()).isEqualTo("Troops move to the border");
	}

	@Test
	void mergingActorsMovesEventsClaimsAndAliasesAndKeepsTheOldSlug() {
		Actor duplicate = this.fixtures.actor("Defence Minister Padrino", ActorKind.PERSON, "the defence minister");
		Event other = this.fixtures.event("Drills announced", EventDate.day(LocalDate.of(2025, 10, 9)),
				List.of(duplicate), List.of(this.article));
		Claim claim = this.fixtures.claimQuoting(duplicate, "drills are routine", other, this.article,
				"The defence minister claimed");

		HttpResponse<String> merged = this.editor.post("/desk/merge/actors", "winnerId",
				String.valueOf(this.minister.getId()), "loserId", String.valueOf(duplicate.getId()));

		assertThat(merged.statusCode()).isEqualTo(302);
		Document page = this.editor.page("/desk/actors/" + this.minister.getId());
		assertThat(page.select("#actor-aliases").text()).contains("Defence Minister Padrino")
			.contains("the defence minister");
		assertThat(page.select("section").text()).contains("Drills announced");
		assertThat(
				this.jdbc.queryForObject("select speaker_actor_id from claim where id = ?", Long.class, claim.getId()))
			.isEqualTo(this.minister.getId());
		assertThat(this.jdbc.queryForObject("select actor_id from actor_former_slug where slug = ?", Long.class,
				duplicate.getSlug()))
			.isEqualTo(this.minister.getId());
		assertThat(this.actors.findById(duplicate.getId()).orElseThrow().getMergedIntoId())
			.isEqualTo(this.minister.getId());
	}

	@Test
	void mergingEventsMovesSourcesAndClaimsAndRedirectsTheOldSlug() {
		Article other = this.fixtures.article("frontier.txt", "Soldiers were deployed to the frontier on Monday.",
				LocalDate.of(2025, 10, 7), "Gazette");
		Event duplicate = this.fixtures.event("Soldiers deployed to frontier", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(), List.of(this.article, other));
		Claim claim = this.fixtures.claimQuoting(this.minister, "purely defensive", duplicate, this.article,
				"purely defensive");

		HttpResponse<String> refused = this.editor.post("/desk/merge/events", "winnerId",
				String.valueOf(this.deployment.getId()), "loserId", String.valueOf(this.deployment.getId()));
		assertThat(Jsoup.parse(refused.body()).select("#loser-error").text()).isEqualTo("Choose two different events");

		this.editor.post("/desk/merge/events", "winnerId", String.valueOf(this.deployment.getId()), "loserId",
				String.valueOf(duplicate.getId()));

		assertThat(
				this.jdbc.queryForList("select a.source_key from event_source s join article a on a.id = s.article_id "
						+ "where s.event_id = ? order by a.source_key", String.class, this.deployment.getId()))
			.as("the passage both cited once, the other article's added")
			.containsExactly(this.article.getSourceKey(), "frontier.txt");
		assertThat(this.jdbc.queryForObject("select event_id from claim where id = ?", Long.class, claim.getId()))
			.isEqualTo(this.deployment.getId());
		assertThat(this.jdbc.queryForObject("select event_id from event_former_slug where slug = ?", Long.class,
				duplicate.getSlug()))
			.isEqualTo(this.deployment.getId());
		assertThat(status(duplicate)).isEqualTo(ReviewStatus.REJECTED);
	}

	@Test
	void anEventAddedByHandNeverTakesAnAddressThatLeadsToAnotherEvent() {
		this.fixtures.formerSlug(this.deployment, "talks-in-doha");
		this.fixtures.formerSlug(this.minister, "qatari-mediators");

		HttpResponse<String> response = this.editor.post("/desk/events", "title", "Talks in Doha", "summary",
				"Envoys met.", "start", "2025-11-01", "end", "", "precision", "MONTH", "actors", "Qatari mediators",
				"newActorKind", "GROUP", "status", "PUBLISHED", "version", "0");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select slug from event where title = 'Talks in Doha'", String.class))
			.isEqualTo("talks-in-doha-2");
		assertThat(this.jdbc.queryForObject("select slug from actor where name = 'Qatari mediators'", String.class))
			.isEqualTo("qatari-mediators-2");
		Http reader = new Http(this.port);
		assertThat(reader.page("/events/talks-in-doha").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/events/" + this.deployment.getSlug()));
		assertThat(reader.page("/actors/qatari-mediators").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/actors/" + this.minister.getSlug()));
	}

	@Test
	void historyShowsWhoChangedWhatAndRevertAddsARevision() {
		String path = "/desk/events/" + this.deployment.getId();
		List<String> form = WebSession.formValues(this.editor.page(path), "form[action$='" + path + "']");
		this.editor.post(path, WebSession.with(form, "title", "Troops reach the frontier"));

		Document history = this.editor.page("/desk/history/events/" + this.deployment.getId());

		assertThat(history.select("table.revisions tbody tr")).hasSize(2);
		assertThat(history.select("table.revisions tbody tr").get(1).text()).contains(this.editorName());
		assertThat(history.select("table.diff tr.differs th").eachText()).contains("Title (changed)");
		assertThat(history.select("table.diff tr.differs td.before").eachText()).contains("Troops move to the border");
		assertThat(history.select("table.diff tr.differs td.after").eachText()).contains("Troops reach the frontier");

		String revision = history.select("form[action$='/revert'] input[name=revision]").val();
		String version = history.select("form[action$='/revert'] input[name=version]").val();
		this.editor.post("/desk/history/events/" + this.deployment.getId() + "/revert", "revision", revision, "version",
				version);

		assertThat(title(this.deployment)).isEqualTo("Troops move to the border");
		assertThat(
				this.editor.page("/desk/history/events/" + this.deployment.getId()).select("table.revisions tbody tr"))
			.hasSize(3);
	}

	@Test
	void actorSuggestionsMatchAnyAliasIgnoringCaseAndAccents() {
		HttpResponse<String> json = this.editor.get("/desk/actors/suggest?q=PADRINO%20LOPEZ", "application/json");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"name\":\"Vladimir Padrino López\"");
		assertThat(this.editor.get("/desk/actors/suggest?q=nobody", "application/json").body()).isEqualTo("[]");
	}

	@Test
	void claimsCanBeCorrectedAndLinkedToTheClaimsTheyContradict() {
		Claim defensive = this.fixtures.claimQuoting(this.minister, "the deployment was purely defensive",
				this.deployment, this.article, "The defence minister claimed the deployment was purely defensive.");
		Actor opposition = this.fixtures.actor("Opposition leaders", ActorKind.GROUP);
		Claim rejection = this.fixtures.claimQuoting(opposition, "the claim is propaganda", this.deployment,
				this.article, "Opposition leaders rejected this claim as propaganda.");

		this.editor.post("/desk/claims/" + rejection.getId() + "/contradicts", "otherId",
				String.valueOf(defensive.getId()), "version", "0");
		HttpResponse<String> corrected = this.editor.post("/desk/claims/" + defensive.getId(), "text",
				"the troop deployment is purely defensive", "speakerId", "", "speakerLabel",
				"a defence ministry spokesman", "eventId", String.valueOf(this.deployment.getId()), "version", "0");

		assertThat(corrected.statusCode()).isEqualTo(302);
		Document page = this.editor.page("/desk/claims/" + rejection.getId());
		assertThat(page.select(".current-claim").text()).contains("Contradicts")
			.contains("a defence ministry spokesman: “the troop deployment is purely defensive”");
		Claim saved = this.claims.findById(defensive.getId()).orElseThrow();
		assertThat(saved.getSpeakerLabel()).isEqualTo("a defence ministry spokesman");
		assertThat(saved.getSpeaker()).isNull();
	}

	@Test
	void staleClaimAndActorEditsAreRefusedWithTheInputKept() {
		Claim claim = this.fixtures.claimQuoting(this.minister, "the deployment was purely defensive", this.deployment,
				this.article, "The defence minister claimed the deployment was purely defensive.");
		this.editor.post("/desk/claims/" + claim.getId() + "/verdict", "verdict", "CORROBORATED", "rationale",
				"Satellite images agree.", "version", "0");

		HttpResponse<String> stale = this.editor.post("/desk/claims/" + claim.getId() + "/verdict", "verdict", "FALSE",
				"rationale", "My reasoning, typed at length.", "version", "0");

		assertThat(stale.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(stale.body());
		assertThat(page.select("[role=alert]").text()).contains("Someone else changed this claim first");
		assertThat(page.select(".current-claim").text()).contains("corroborated").contains("Satellite images agree.");
		assertThat(page.select("#rationale").text()).isEqualTo("My reasoning, typed at length.");
		assertThat(page.select("#verdict-form input[name=version]").val()).isEqualTo("1");
		assertThat(this.claims.findById(claim.getId()).orElseThrow().getVerdict()).isEqualTo(Verdict.CORROBORATED);

		HttpResponse<String> actor = this.editor.post("/desk/actors/" + this.minister.getId(), "name", "Padrino",
				"kind", "PERSON", "description", "Defence minister", "aliases", "Padrino", "version", "99");
		assertThat(actor.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(actor.body()).select("#actor-description").val()).isEqualTo("Defence minister");
	}

	@Test
	void actorEditsKeepTheCanonicalNameAmongTheAliases() {
		long version = this.actors.findById(this.minister.getId()).orElseThrow().getVersion();

		this.editor.post("/desk/actors/" + this.minister.getId(), "name", "Vladimir Padrino López", "kind", "PERSON",
				"description", "Minister of Defence", "aliases", "Padrino\nGeneral Padrino", "version",
				String.valueOf(version));

		Document page = this.editor.page("/desk/actors/" + this.minister.getId());
		assertThat(page.select("#actor-aliases").text()).contains("Vladimir Padrino López")
			.contains("General Padrino")
			.contains("Padrino");
		assertThat(page.select("#actor-description").val()).isEqualTo("Minister of Defence");
	}

	@Test
	void eventListFiltersByStatusAndTitle() {
		Event draft = this.fixtures.event("Airspace closed", EventDate.day(LocalDate.of(2025, 10, 8)), List.of(),
				List.of(this.article));
		this.editor.post("/desk/review", "act", "REJECTED:event:" + draft.getId());

		assertThat(this.editor.page("/desk/events").select("tbody tr")).hasSize(2);
		assertThat(this.editor.page("/desk/events?status=REJECTED").select("tbody a").eachText())
			.containsExactly("Airspace closed");
		assertThat(this.editor.page("/desk/events?q=BORDER").select("tbody a").eachText())
			.containsExactly("Troops move to the border");
	}

	private String editorName() {
		return this.jdbc.queryForObject("select username from revision order by id desc limit 1", String.class);
	}

	private ReviewStatus status(Event event) {
		return this.events.findById(event.getId()).orElseThrow().getStatus();
	}

	private String title(Event event) {
		return this.events.findById(event.getId()).orElseThrow().getTitle();
	}

}
