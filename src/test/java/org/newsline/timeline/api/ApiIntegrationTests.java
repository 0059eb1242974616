package org.newsline.timeline.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.newsline.support.Statements;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP: documented field names, paging, problem documents, and a
 * fixed number of SQL statements per page.
 */
@NewslineIntegrationTest
class ApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Statements statements;

	Http http;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
	}

	@Test
	void servesEventsWithTheirActorsSourcesAndClaims() {
		Article article = this.fixtures.article("wire-1.txt", "The president said the talks had failed on Monday.",
				LocalDate.of(2025, 10, 7), "Wire");
		Actor president = this.fixtures.actor("Ana Ruiz", ActorKind.PERSON, "Ruiz");
		Event event = this.fixtures.event("Talks fail", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(president),
				List.of(article));
		Claim claim = this.fixtures.claim(president, "The talks failed.", event, article);

		JsonNode page = this.http.json("/api/events");
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		JsonNode json = page.get("items").get(0);
		assertThat(json.get("id").asLong()).isEqualTo(event.getId());
		assertThat(json.get("slug").asString()).isEqualTo("talks-fail");
		assertThat(json.get("start").asString()).isEqualTo("2025-10-06");
		assertThat(json.get("end").asString()).isEqualTo("2025-10-06");
		assertThat(json.get("precision").asString()).isEqualTo("DAY");
		assertThat(json.get("approximate").asBoolean()).isFalse();
		assertThat(json.get("status").asString()).isEqualTo("UNREVIEWED");
		assertThat(json.get("actors").get(0).get("name").asString()).isEqualTo("Ana Ruiz");
		assertThat(json.get("actors").get(0).get("kind").asString()).isEqualTo("PERSON");
		assertThat(json.get("actors").get(0).get("role").asString()).isEqualTo("agent");
		assertThat(json.get("sources").get(0).get("file").asString()).isEqualTo("wire-1.txt");
		assertThat(json.get("sources").get(0).get("outlet").asString()).isEqualTo("Wire");
		assertThat(json.get("sources").get(0).get("quote").asString()).isEqualTo(article.getBody().substring(0, 40));
		assertThat(json.get("claimIds").get(0).asLong()).isEqualTo(claim.getId());
		assertThat(json.has("tags")).isTrue();

		assertThat(this.http.json("/api/events/" + event.getId()).get("title").asString()).isEqualTo("Talks fail");
	}

	@Test
	void servesActorsClaimsAndArticles() {
		Article article = this.fixtures.article("wire-2.txt", "A spokesperson denied the claim in a statement.",
				LocalDate.of(2025, 11, 2), "Wire");
		Actor actor = this.fixtures.actor("Nicolás Maduro", ActorKind.PERSON, "Maduro", "Nicolas Maduro");
		Event event = this.fixtures.event("Statement issued", EventDate.month(2025, 11), List.of(actor),
				List.of(article));
		this.fixtures.claim(actor, "The plan was foiled.", event, article);

		JsonNode actorJson = this.http.json("/api/actors").get("items").get(0);
		assertThat(actorJson.get("name").asString()).isEqualTo("Nicolás Maduro");
		assertThat(actorJson.get("aliases").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("Maduro", "Nicolas Maduro");
		assertThat(this.http.json("/api/actors/" + actor.getId()).get("kind").asString()).isEqualTo("PERSON");

		JsonNode claimJson = this.http.json("/api/claims").get("items").get(0);
		assertThat(claimJson.get("speaker").get("name").asString()).isEqualTo("Nicolás Maduro");
		assertThat(claimJson.get("status").asString()).isEqualTo("UNVERIFIED");
		assertThat(claimJson.get("hedged").asBoolean()).isTrue();
		assertThat(claimJson.get("hedgeCues").get(0).asString()).isEqualTo("claimed");
		assertThat(claimJson.get("eventId").asLong()).isEqualTo(event.getId());
		assertThat(claimJson.get("file").asString()).isEqualTo("wire-2.txt");

		JsonNode articleJson = this.http.json("/api/articles").get("items").get(0);
		assertThat(articleJson.get("file").asString()).isEqualTo("wire-2.txt");
		assertThat(articleJson.get("published").asString()).isEqualTo("2025-11-02");
		assertThat(articleJson.get("publishedInferred").asBoolean()).isFalse();
	}

	@Test
	void pagesWithSizesUpToOneThousand() {
		for (int day = 1; day <= 5; day++) {
			this.fixtures.event("Event on day " + day, EventDate.day(LocalDate.of(2025, 1, day)), List.of(), List.of());
		}
		JsonNode page = this.http.json("/api/events?page=1&size=2");
		assertThat(page.get("totalItems").asLong()).isEqualTo(5);
		assertThat(page.get("totalPages").asInt()).isEqualTo(3);
		assertThat(page.get("items").valueStream().map((e) -> e.get("title").asString()).toList())
			.containsExactly("Event on day 3", "Event on day 2");

		var tooBig = this.http.get("/api/events?size=1001", "application/json");
		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(tooBig.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void answersMissingThingsWithProblemDocuments() {
		var missing = this.http.get("/api/events/424242", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Http.parse(missing.body()).get("title").asString()).isEqualTo("Not found");
		assertThat(this.http.get("/api/imports/latest", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void loadsAPageOfEventsInAFixedNumberOfStatements() {
		Article article = this.fixtures.article("wire-3.txt", "Many things happened across the region this year.",
				LocalDate.of(2025, 12, 1), "Wire");
		List<Actor> actors = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			actors.add(this.fixtures.actor("Person " + (char) ('A' + i), ActorKind.PERSON));
		}
		for (int day = 1; day <= 4; day++) {
			Event event = this.fixtures.event("Small " + day, EventDate.day(LocalDate.of(2025, 2, day)), actors,
					List.of(article));
			this.fixtures.claim(actors.get(0), "Claim " + day, event, article);
		}
		long small = statementsFor("/api/events?size=4");

		for (int day = 1; day <= 24; day++) {
			Event event = this.fixtures.event("Large " + day, EventDate.day(LocalDate.of(2025, 3, day)), actors,
					List.of(article));
			this.fixtures.claim(actors.get(1), "Claim " + day, event, article);
		}
		long large = statementsFor("/api/events?size=28");

		assertThat(large).isEqualTo(small).isBetween(1L, 8L);
	}

	private long statementsFor(String path) {
		long before = this.statements.prepared();
		this.http.json(path);
		return this.statements.prepared() - before;
	}

	@Test
	void describesItselfInAnOpenApiDocument() {
		JsonNode docs = this.http.json("/api/docs");
		assertThat(docs.get("info").get("title").asString()).isEqualTo("Newsline API");
		assertThat(docs.get("paths").propertyNames()).contains("/api/events", "/api/events/{id}", "/api/actors",
				"/api/claims", "/api/articles", "/api/imports/latest");
		assertThat(docs.get("paths")
			.get("/api/events")
			.get("get")
			.get("parameters")
			.valueStream()
			.map((parameter) -> parameter.get("name").asString())
			.toList())
			.contains("q", "actor", "tag", "from", "to", "outlet", "disputed", "reviewed", "asOf", "page", "size")
			.doesNotContain("filter");
	}

}
