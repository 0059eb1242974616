package org.newsline.timeline.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.claim.Verdict;
import org.newsline.event.DatePrecision;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event, actor, claim and source pages as a reader sees them, over real HTTP.
 */
@NewslineIntegrationTest
class ReaderPagesIntegrationTests {

	static final String BODY = "Ana Ruiz said the navy blockaded the port late on Monday. A spokesperson denied it.";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	Actor ruiz;

	Article wire;

	Event blockade;

	Claim claim;

	Claim denial;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
		this.ruiz = this.fixtures.actor("Ana Ruiz", ActorKind.PERSON, "Ruiz", "Minister Ruiz");
		this.wire = this.fixtures.article("wire.txt", BODY, LocalDate.of(2025, 10, 7), "Wire");
		this.blockade = this.fixtures.event(
				"Navy blockades the port", new EventDate(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6),
						DatePrecision.DAY, false, "late on Monday", LocalDate.of(2025, 10, 7)),
				List.of(this.ruiz), List.of(this.wire));
		this.claim = this.fixtures.claim(this.ruiz, "The navy blockaded the port.", this.blockade, this.wire);
		this.denial = this.fixtures.labelledClaim("a spokesperson", "No blockade took place.", this.blockade, this.wire,
				58, 83);
		this.fixtures.contradict(this.denial, this.claim);
		this.fixtures.judge(this.claim, Verdict.DISPUTED, "The two governments give opposite accounts.");
		this.fixtures.counterSource(this.claim, "https://example.org/denial", "Denial statement", "No blockade.");
	}

	private Document page(String path) {
		HttpResponse<String> response = this.http.page(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	@Test
	void showsAnEventWithItsDateOriginActorsSourcesAndClaimsSideBySide() {
		Document page = page("/events/navy-blockades-the-port");
		assertThat(page.select("h1").text()).isEqualTo("Navy blockades the port");
		assertThat(page.select(".event-when time").text()).isEqualTo("6 Oct 2025");
		assertThat(page.select(".date-origin").text())
			.isEqualTo("Dated from “late on Monday”, resolved against 7 October 2025.");
		assertThat(page.select(".actor-roles li").text()).isEqualTo("Ana Ruiz person, agent");
		assertThat(page.select("h3").eachText()).contains("Independent reports");
		assertThat(page.select(".sources .source-head").text()).startsWith("Wire");
		assertThat(page.select(".sources a[href=/sources/" + this.wire.getId() + "]")).hasSize(1);

		var claims = page.select(".claims-grid .claim-card");
		assertThat(claims).hasSize(2);
		var first = claims.get(0);
		assertThat(first.select(".claim-speaker").text()).isEqualTo("Ana Ruiz claims");
		assertThat(first.select(".claim-verdict .badge").first().text()).isEqualTo("Disputed");
		assertThat(first.select(".claim-rationale").text()).contains("opposite accounts");
		assertThat(first.select(".claim-links").first().text()).contains("Disputed by")
			.contains("a spokesperson: “No blockade took place.”");
		assertThat(first.select(".claim-links").text()).contains("Counter-sources").contains("Denial statement");
		assertThat(claims.get(1).select(".claim-links").text()).contains("Disputes").contains("Ana Ruiz");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Event\"");
	}

	@Test
	void listsRelatedEventsThatShareActorsOrDates() {
		this.fixtures.event("Ruiz flies home", EventDate.day(LocalDate.of(2025, 11, 20)), List.of(this.ruiz),
				List.of());
		this.fixtures.event("Storm hits the coast", EventDate.day(LocalDate.of(2025, 10, 9)), List.of(), List.of());
		this.fixtures.event("Far away and unrelated", EventDate.day(LocalDate.of(2024, 1, 9)), List.of(), List.of());
		Document page = page("/events/navy-blockades-the-port");
		assertThat(page.select("#related-title + ol .event-title").eachText()).containsExactly("Ruiz flies home",
				"Storm hits the coast");
	}

	@Test
	void sendsMergedEventsAndFormerSlugsPermanentlyToTheSurvivingEvent() {
		Event duplicate = this.fixtures.event("Port blockaded", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(),
				List.of());
		this.fixtures.merge(duplicate, this.blockade);
		this.fixtures.formerSlug(this.blockade, "old-blockade-slug");

		HttpResponse<String> merged = this.http.page("/events/port-blockaded");
		assertThat(merged.statusCode()).isEqualTo(301);
		assertThat(merged.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/events/navy-blockades-the-port"));
		HttpResponse<String> renamed = this.http.page("/events/old-blockade-slug");
		assertThat(renamed.statusCode()).isEqualTo(301);
		assertThat(renamed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/events/navy-blockades-the-port"));
	}

	@Test
	void hidesRejectedEventsFromReaders() {
		Event rejected = this.fixtures.event("A mistaken event", EventDate.day(LocalDate.of(2025, 10, 1)), List.of(),
				List.of());
		this.fixtures.reject(rejected);
		assertThat(this.http.page("/events/a-mistaken-event").statusCode()).isEqualTo(404);
		assertThat(this.http.page("/events/never-was").statusCode()).isEqualTo(404);
		assertThat(page("/").select(".event-title").eachText()).containsExactly("Navy blockades the port");
	}

	@Test
	void showsAnActorWithAliasesEventsAndClaimCounts() {
		Document page = page("/actors/ana-ruiz");
		assertThat(page.select("h1").text()).isEqualTo("Ana Ruiz");
		assertThat(page.select(".kind").text()).isEqualTo("Person");
		assertThat(page.select(".aliases").text()).isEqualTo("Minister Ruiz; Ruiz");
		assertThat(page.select(".mini-timeline .event-title").eachText()).containsExactly("Navy blockades the port");
		assertThat(page.select(".claim-counts").text()).isEqualTo("1 claim, 1 disputed, 0 false");
		assertThat(this.http.page("/actors/nobody").statusCode()).isEqualTo(404);
	}

	@Test
	void listsClaimsByVerdictAndSpeaker() {
		assertThat(page("/claims").select(".claim-card")).hasSize(2);
		Document disputed = page("/claims?verdict=disputed");
		assertThat(disputed.select(".claim-card .claim-text").eachText())
			.containsExactly("The navy blockaded the port.");
		assertThat(disputed.select("#verdict option[selected]").text()).isEqualTo("Disputed");
		assertThat(page("/claims?speaker=ana-ruiz").select(".claim-card")).hasSize(1);
		assertThat(page("/claims?verdict=corroborated").select(".no-results").text()).isEqualTo("No claims match.");
	}

	@Test
	void showsAClaimWithItsEvidenceAndAClaimReview() {
		Document page = page("/claims/" + this.claim.getId());
		assertThat(page.select("h1").text()).isEqualTo("Claim by Ana Ruiz");
		assertThat(page.select(".evidence figcaption").text()).contains("Wire").contains("7 October 2025");
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\":\"ClaimReview\"").contains("\"alternateName\":\"Disputed\"");

		Document unjudged = page("/claims/" + this.denial.getId());
		assertThat(unjudged.select("h1").text()).isEqualTo("Claim by a spokesperson");
		assertThat(unjudged.select("script[type=application/ld+json]")).isEmpty();
		assertThat(this.http.page("/claims/987654").statusCode()).isEqualTo(404);
	}

	@Test
	void showsASourceWithWhatWasExtractedHighlightedInPlace() {
		this.fixtures.mention(this.ruiz, this.wire, 0, 8);
		Document page = page("/sources/" + this.wire.getId());
		assertThat(page.select("h1").text()).isEqualTo("Report wire.txt");
		assertThat(page.select(".source-meta").text()).contains("Wire")
			.contains("7 October 2025")
			.contains("(given by the source)")
			.contains("https://example.org/wire.txt");
		assertThat(page.select(".article-text").text()).isEqualTo(BODY);
		assertThat(page.select(".article-text mark.hl-actor a").first().attr("href")).isEqualTo("/actors/ana-ruiz");
		assertThat(page.select(".article-text mark.hl-claim a").eachAttr("href"))
			.contains("/claims/" + this.denial.getId());
		assertThat(page.select(".article-text mark.hl-event a").eachAttr("href"))
			.contains("/events/navy-blockades-the-port");
		assertThat(page.select(".extracted li").eachText()).contains("Actor: Ana Ruiz",
				"Event: Navy blockades the port");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("NewsArticle");
		assertThat(this.http.page("/sources/987654").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAClaimReadersSeeDisputesAnotherOnEveryPageAndInTheApi() {
		Actor authority = this.fixtures.actor("Port Authority", ActorKind.ORGANIZATION);
		Event reopening = this.fixtures.event("Harbour reopens", EventDate.day(LocalDate.of(2025, 10, 12)),
				List.of(authority), List.of(this.wire));
		Claim reopened = this.fixtures.claim(authority, "The harbour reopened.", reopening, this.wire);
		Claim draftDenial = this.fixtures.labelledClaim("a dock worker", "It stayed shut.", reopening, this.wire, 58,
				83);
		this.fixtures.contradict(draftDenial, reopened);
		this.jdbc.update("update claim set status = 'DRAFT' where id = ?", draftDenial.getId());
		Event closing = this.fixtures.event("Bridge closes", EventDate.day(LocalDate.of(2025, 10, 13)),
				List.of(authority), List.of(this.wire));
		Claim closed = this.fixtures.claim(authority, "The bridge closed.", closing, this.wire);
		Claim denial = this.fixtures.labelledClaim("a driver", "Cars still cross.", closing, this.wire, 58, 83);
		this.fixtures.contradict(denial, closed);

		assertThat(page("/?disputed=true").select(".event-title").eachText()).as("the events with a disputed claim")
			.containsExactly("Bridge closes", "Navy blockades the port");
		assertThat(page("/events/harbour-reopens").select("#claim-" + reopened.getId()).hasClass("is-disputed"))
			.isFalse();
		assertThat(page("/events/bridge-closes").select("#claim-" + closed.getId()).hasClass("is-disputed")).isTrue();
		assertThat(page("/actors/" + authority.getSlug()).select(".claim-counts").text())
			.isEqualTo("2 claims, 1 disputed, 0 false");
		List<Long> ids = new ArrayList<>();
		List<String> contradicted = new ArrayList<>();
		for (JsonNode item : this.http.json("/api/claims?size=50").get("items")) {
			ids.add(item.get("id").asLong());
			if (!item.get("contradicts").isEmpty()) {
				contradicted.add(item.get("contradicts").toString());
			}
		}
		assertThat(ids).doesNotContain(draftDenial.getId()).contains(reopened.getId(), closed.getId(), denial.getId());
		assertThat(contradicted).as("what the visible claims contradict")
			.containsExactlyInAnyOrder("[" + this.claim.getId() + "]", "[" + closed.getId() + "]");
	}

}
