package org.newsline.timeline.web;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.accounts.WebSession;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.RawHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader side under a hostile client, over real HTTP: forged host headers change no
 * link, paging past any list is a 400, spreadsheet formulas in titles are defused in the
 * CSV export, the claims API serves what the pages serve, health tells strangers only its
 * status, and nobody anonymous gets a large multipart body read.
 */
@NewslineIntegrationTest
class ReaderAbuseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	Event event;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
		Article article = this.fixtures.article("harbour.txt", "The harbour reopened on Friday after repairs.",
				LocalDate.of(2025, 3, 8), "Coast News");
		Actor minus = this.fixtures.actor("-Minus Group", ActorKind.GROUP);
		this.event = this.fixtures.event("=HYPERLINK(\"http://bad.test\",\"Harbour reopens\")",
				EventDate.day(LocalDate.of(2025, 3, 7)), List.of(minus), List.of(article));
	}

	@Test
	void aForgedHostHeaderChangesNoLinkInTheFeedTheEventPageOrTheExport() {
		String base = "http://localhost:" + this.port;
		String forged = RawHttp.exchange(this.port, "GET /feed.atom HTTP/1.1", "Host: evil.example",
				"Accept: application/atom+xml");
		String forwarded = RawHttp.exchange(this.port, "GET /feed.atom?order=oldest HTTP/1.1",
				"Host: localhost:" + this.port, "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
				"Accept: application/atom+xml");
		String page = RawHttp.exchange(this.port, "GET /events/" + this.event.getSlug() + " HTTP/1.1",
				"Host: evil.example", "Accept: text/html");
		String export = RawHttp.exchange(this.port, "GET /export/events.csv HTTP/1.1", "Host: evil.example",
				"Accept: text/csv");

		assertThat(forged).startsWith("HTTP/1.1 200").contains(base + "/events/").doesNotContain("evil.example");
		assertThat(forwarded).startsWith("HTTP/1.1 200").contains(base + "/feed.atom").doesNotContain("evil.example");
		assertThat(page).startsWith("HTTP/1.1 200")
			.contains("\"url\":\"" + base + "/events/" + this.event.getSlug())
			.doesNotContain("evil.example\"");
		assertThat(export).contains(base + "/events/").doesNotContain("http://evil.example/");
		assertThat(this.http.get("/feed.atom", "application/atom+xml").body()).as("what later readers get")
			.contains(base + "/events/")
			.doesNotContain("evil.example");
	}

	@Test
	void pagesFarBeyondAnyListAnswer400NotAServerError() {
		for (String path : List.of("/api/events?page=2147483647&size=1000", "/api/claims?page=2147483647&size=1000",
				"/api/actors?page=2147483647&size=1000", "/api/articles?page=2147483647&size=1000")) {
			HttpResponse<String> response = this.http.get(path, "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith("application/problem+json");
		}
		HttpResponse<String> claims = this.http.page("/claims?page=50000000");
		assertThat(claims.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(claims.body()).select("h1").text()).contains("cannot show");
		assertThat(this.http.get("/api/events?page=1000000&size=1000", "application/json").statusCode())
			.as("the last page allowed is merely empty")
			.isEqualTo(200);
	}

	@Test
	void titlesThatLookLikeFormulasAreDefusedInTheCsvExport() throws Exception {
		String csv = this.http.get("/export/events.csv", "text/csv").body();
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();

		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("title")).isEqualTo("'=HYPERLINK(\"http://bad.test\",\"Harbour reopens\")");
		assertThat(records.get(0).get("summary")).startsWith("'=HYPERLINK");
		assertThat(records.get(0).get("actors")).isEqualTo("'-Minus Group");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).as("every cell quoted").startsWith("\"");
	}

	@Test
	void theClaimsApiServesOnlyWhatReadersMaySeeAndHidesHiddenEvents() {
		Article article = this.fixtures.article("council.txt", "The mayor said the budget passed on Monday.",
				LocalDate.of(2025, 3, 9), "Town Paper");
		Actor mayor = this.fixtures.actor("The Mayor", ActorKind.PERSON);
		Event hidden = this.fixtures.event("Budget passes", EventDate.day(LocalDate.of(2025, 3, 3)), List.of(mayor),
				List.of(article));
		Claim draft = this.fixtures.claim(mayor, "the budget passed", this.event, article);
		Claim aboutHidden = this.fixtures.claim(mayor, "the budget was balanced", hidden, article);
		this.jdbc.update("update claim set status = 'DRAFT' where id = ?", draft.getId());
		this.fixtures.reject(hidden);

		JsonNode claims = this.http.json("/api/claims");

		assertThat(claims.get("totalItems").asLong()).isEqualTo(1);
		JsonNode only = claims.get("items").get(0);
		assertThat(only.get("id").asLong()).isEqualTo(aboutHidden.getId());
		assertThat(only.get("eventId").isNull()).as("the rejected event's id is not shown").isTrue();
	}

	@Test
	void healthShowsStrangersOnlyItsStatusAndSignedInUsersItsParts() {
		JsonNode anonymous = Http.parse(this.http.get("/actuator/health", "application/json").body());
		assertThat(anonymous.get("status").asString()).isEqualTo("UP");
		assertThat(anonymous.has("components")).isFalse();

		WebSession admin = WebSession.signIn(this.port, "admin", "integration-admin-pw");
		JsonNode signedIn = Http.parse(admin.get("/actuator/health", "application/json").body());
		assertThat(signedIn.get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void aLargeAnonymousMultipartBodyIsAnsweredBeforeItIsRead() {
		long size = 55L * 1024 * 1024;
		for (String target : List.of("POST /admin/imports/upload", "POST /api/events", "GET /")) {
			String[] parts = target.split(" ");
			RawHttp.Streamed streamed = RawHttp.streamMultipart(this.port, parts[0], parts[1], size,
					Duration.ofSeconds(60));
			assertThat(streamed.status()).as(target).isIn(403, 413);
			assertThat(streamed.writtenWhenAnswered()).as(target + ": bytes sent before the answer")
				.isLessThan(size / 2);
			assertThat(streamed.allWritten()).as(target + ": the server stopped reading").isFalse();
		}
	}

}
