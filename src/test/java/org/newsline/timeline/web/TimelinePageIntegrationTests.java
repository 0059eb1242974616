package org.newsline.timeline.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.actor.ActorKind;
import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.FaultyPage;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees on the timeline page and on error pages, over real HTTP.
 */
@NewslineIntegrationTest
class TimelinePageIntegrationTests {

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
	}

	@Test
	void showsAHelpfulEmptyStateBeforeAnyImport() {
		Document page = Jsoup.parse(this.http.page("/").body());
		assertThat(page.select("h2#empty-title").text()).isEqualTo("No events yet");
		assertThat(page.select(".event-card")).isEmpty();
	}

	@Test
	void listsEventsNewestFirstWithDatesAsPreciseAsKnown() {
		var maduro = this.fixtures.actor("Nicolás Maduro", ActorKind.PERSON);
		this.fixtures.event("Relations broken off", EventDate.year(2019), List.of(), List.of());
		this.fixtures.event("Interview aired", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(maduro), List.of());
		this.fixtures.event("Strike on a dock", EventDate.month(2025, 12), List.of(), List.of());
		this.fixtures.event("Boats attacked", new EventDate(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 20),
				DatePrecision.RANGE, true, "mid-December", LocalDate.of(2025, 12, 30)), List.of(), List.of());

		HttpResponse<String> response = this.http.page("/");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".event-title").eachText()).containsExactly("Boats attacked", "Strike on a dock",
				"Interview aired", "Relations broken off");
		assertThat(page.select(".event-date time").eachText()).containsExactly("mid-Dec 2025", "Dec 2025", "6 Oct 2025",
				"2019");
		assertThat(page.select(".month-heading").eachText()).containsExactly("December 2025", "October 2025", "2019");
		assertThat(page.select(".event-card").first().select(".approx").text()).isEqualTo("approx.");
		assertThat(page.select(".event-card .badge-unreviewed")).hasSize(4);
		assertThat(page.select(".chip").eachText()).containsExactly("Nicolás Maduro");
	}

	@Test
	void escapesTextThatLooksLikeMarkup() {
		this.fixtures.event("<script>alert('x')</script> Protest", EventDate.day(LocalDate.of(2025, 1, 2)), List.of(),
				List.of());
		String body = this.http.page("/").body();
		assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
	}

	@Test
	void hasAnAccessibleLayout() {
		Document page = Jsoup.parse(this.http.page("/").body());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("header nav[aria-label]")).hasSize(1);
		assertThat(page.select("h1")).hasSize(1);
	}

	@Test
	void answersAnUnknownPageWithTheLayoutsNotFoundPage() {
		HttpResponse<String> response = this.http.page("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("a.skip-link")).hasSize(1);
	}

	@Test
	void showsAServerErrorWithoutItsInternals() {
		HttpResponse<String> response = this.http.page("/test-support/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain(FaultyPage.SECRET)
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void reportsHealthWithTheDatabaseAndExposesNothingElse() {
		var health = Http.parse(this.http.get("/actuator/health", "application/json").body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).as("parts are shown to signed-in users only").isFalse();
		assertThat(this.http.get("/actuator/env", "application/json").statusCode()).isIn(302, 401, 403, 404);
		assertThat(this.http.get("/actuator/heapdump", "application/json").statusCode()).isIn(302, 401, 403, 404);
	}

}
