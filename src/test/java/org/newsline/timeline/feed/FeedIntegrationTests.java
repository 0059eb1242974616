package org.newsline.timeline.feed;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline for machines, each respecting the reader's filter: Atom, CSV, TimelineJS
 * JSON and the JSON API.
 */
@NewslineIntegrationTest
class FeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	Http http;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
		Actor ruiz = this.fixtures.actor("Ana Ruiz", ActorKind.PERSON);
		this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(ruiz), List.of());
		this.fixtures.event("Strike, \"on\" a dock", EventDate.month(2025, 12), List.of(), List.of());
		this.fixtures.event("Relations broken off", EventDate.year(2019), List.of(ruiz), List.of());
	}

	@Test
	void servesAnAtomFeedOfTheFilteredTimeline() {
		HttpResponse<String> response = this.http.get("/feed.atom?actor=ana-ruiz", "application/atom+xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		Document feed = Jsoup.parse(response.body(), Parser.xmlParser());
		assertThat(feed.select("feed > entry > title").eachText()).containsExactly("6 Oct 2025: Talks collapse",
				"2019: Relations broken off");
		assertThat(feed.select("feed > entry > link").first().attr("href")).endsWith("/events/talks-collapse");
		assertThat(feed.select("feed > link[rel=self]").attr("href")).endsWith("/feed.atom?actor=ana-ruiz");
	}

	@Test
	void exportsTheFilteredEventsAsCsv() throws Exception {
		HttpResponse<String> response = this.http.get("/export/events.csv", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body()))
			.getRecords();
		assertThat(records).extracting((record) -> record.get("title"))
			.containsExactly("Strike, \"on\" a dock", "Talks collapse", "Relations broken off");
		assertThat(records.get(0).get("date")).isEqualTo("Dec 2025");
		assertThat(records.get(1).get("actors")).isEqualTo("Ana Ruiz");
		assertThat(this.http.get("/export/events.csv?from=2025-01-01", "text/csv").body().lines()).hasSize(3);
	}

	@Test
	void exportsTimelineJsJsonThatNamesNoDayItDoesNotKnow() {
		JsonNode timeline = this.http.json("/export/timelinejs.json");
		JsonNode events = timeline.get("events");
		assertThat(events.size()).isEqualTo(3);
		assertThat(events.get(0).get("text").get("headline").asString()).isEqualTo("Relations broken off");
		assertThat(events.get(0).get("start_date").has("month")).isFalse();
		assertThat(events.get(1).get("start_date").get("day").asInt()).isEqualTo(6);
		assertThat(events.get(2).get("start_date").has("day")).isFalse();
		assertThat(events.get(2).get("start_date").get("month").asInt()).isEqualTo(12);
		assertThat(events.get(2).get("display_date").asString()).isEqualTo("Dec 2025");
	}

	@Test
	void filtersTheJsonApiWithTheTimelinesParameters() {
		JsonNode page = this.http.json("/api/events?actor=ana-ruiz&from=2025-01-01");
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Talks collapse");
		assertThat(this.http.json("/api/events?q=strike").get("items").get(0).get("slug").asString())
			.isEqualTo("strike-on-a-dock");
		assertThat(this.http.json("/api/events?order=oldest").get("items").get(0).get("title").asString())
			.isEqualTo("Relations broken off");
	}

}
