package org.newsline.timeline.web;

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
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filtering the timeline through query parameters, so that every view is a link: actors,
 * tags, dates, outlets, free text, disputed and reviewed events, the state of knowledge
 * on a day, keyset pages and the density strip.
 */
@NewslineIntegrationTest
class TimelineFilterIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Statements statements;

	Http http;

	Actor ruiz;

	Actor moreno;

	Article wire;

	Article gazette;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
		this.ruiz = this.fixtures.actor("Ana Ruiz", ActorKind.PERSON);
		this.moreno = this.fixtures.actor("Luis Moreno", ActorKind.PERSON);
		this.wire = this.fixtures.article("wire.txt", "The navy blockaded the port after talks collapsed on Monday.",
				LocalDate.of(2025, 10, 7), "Wire");
		this.gazette = this.fixtures.article("gazette.txt", "Officials met in the capital to discuss oil exports.",
				LocalDate.of(2025, 12, 2), "Gazette");
	}

	private Document page(String path) {
		var response = this.http.page(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> titles(Document page) {
		return page.select(".event-title").eachText();
	}

	@Test
	void filtersByTwoActorsAtOnce() {
		this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(this.ruiz, this.moreno),
				List.of(this.wire));
		this.fixtures.event("Ruiz speaks alone", EventDate.day(LocalDate.of(2025, 10, 8)), List.of(this.ruiz),
				List.of(this.wire));
		this.fixtures.event("Moreno travels", EventDate.day(LocalDate.of(2025, 10, 9)), List.of(this.moreno),
				List.of(this.wire));

		assertThat(titles(page("/?actor=ana-ruiz"))).containsExactly("Ruiz speaks alone", "Talks collapse");
		Document both = page("/?actor=ana-ruiz&actor=luis-moreno");
		assertThat(titles(both)).containsExactly("Talks collapse");
		assertThat(both.select(".active-filters .chip").eachText())
			.anySatisfy((chip) -> assertThat(chip).contains("Ana Ruiz"))
			.anySatisfy((chip) -> assertThat(chip).contains("Luis Moreno"));
		assertThat(both.select("input[name=actor][checked]").eachAttr("value")).containsExactlyInAnyOrder("ana-ruiz",
				"luis-moreno");
	}

	@Test
	void showsFacetCountsBesideActorsTagsAndOutlets() {
		Event talks = this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.ruiz, this.moreno), List.of(this.wire));
		Event meeting = this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)),
				List.of(this.ruiz), List.of(this.gazette));
		this.fixtures.tag(talks, "Diplomacy");
		this.fixtures.tag(meeting, "Diplomacy", "Oil");

		Document page = page("/");
		assertThat(page.select("label[for^=actor-]").eachText()).containsExactly("Ana Ruiz (2)", "Luis Moreno (1)");
		assertThat(page.select("label[for^=tag-]").eachText()).containsExactly("Diplomacy (2)", "Oil (1)");
		assertThat(page.select("#outlet option").eachText()).containsExactly("Any outlet", "Gazette (1)", "Wire (1)");

		assertThat(titles(page("/?tag=oil"))).containsExactly("Officials meet");
		assertThat(titles(page("/?outlet=Wire"))).containsExactly("Talks collapse");
		assertThat(page("/?tag=oil").select("label[for^=actor-]").eachText()).containsExactly("Ana Ruiz (1)");
	}

	@Test
	void filtersByDateRangeAndKeepsEventsThatOverlapIt() {
		this.fixtures.event("In October", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(), List.of());
		this.fixtures.event("All of November", EventDate.month(2025, 11), List.of(), List.of());
		this.fixtures.event("In December", EventDate.day(LocalDate.of(2025, 12, 20)), List.of(), List.of());

		assertThat(titles(page("/?from=2025-11-15&to=2025-12-31"))).containsExactly("In December", "All of November");
		assertThat(titles(page("/?from=not-a-date"))).hasSize(3);
	}

	@Test
	void findsEventsByWordsInTitlesSummariesAndClaimsAndMarksTheMatches() {
		Event blockade = this.fixtures.event("Navy blockades the port", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.ruiz), List.of(this.wire));
		Event meeting = this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)),
				List.of(this.ruiz), List.of(this.gazette));
		this.fixtures.claim(this.ruiz, "Exports of crude resumed.", meeting, this.gazette);
		this.fixtures.event("<b>Unrelated</b>", EventDate.day(LocalDate.of(2025, 12, 3)), List.of(), List.of());

		Document byTitle = page("/?q=blockading");
		assertThat(titles(byTitle)).containsExactly(blockade.getTitle());
		assertThat(byTitle.select(".event-title mark").eachText()).containsExactly("blockades");
		assertThat(titles(page("/?q=crude+export"))).containsExactly("Officials meet");
		assertThat(page("/?q=nothing+like+this").select(".no-results").text())
			.isEqualTo("No events match these filters.");
		assertThat(this.http.page("/?q=unrelated").body()).contains("&lt;b&gt;").doesNotContain("<b>Unrelated");
	}

	@Test
	void showsOnlyEventsWithDisputedClaimsOrOnlyReviewedOnes() {
		Event talks = this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.ruiz), List.of(this.wire));
		Event meeting = this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)),
				List.of(this.moreno), List.of(this.gazette));
		Claim claim = this.fixtures.claim(this.ruiz, "The other side walked out.", talks, this.wire);
		this.fixtures.judge(claim, Verdict.DISPUTED, "Both delegations say the other left first.");
		this.fixtures.publish(meeting);

		Document disputed = page("/?disputed=true");
		assertThat(titles(disputed)).containsExactly("Talks collapse");
		assertThat(disputed.select(".event-card .badge-disputed").eachText()).containsExactly("disputed claim");
		Document reviewed = page("/?reviewed=true");
		assertThat(titles(reviewed)).containsExactly("Officials meet");
		assertThat(reviewed.select(".event-card .badge-unreviewed")).isEmpty();
	}

	@Test
	void showsOnlyWhatArticlesPublishedByADayReported() {
		Event early = this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.ruiz), List.of(this.wire, this.gazette));
		this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)), List.of(this.moreno),
				List.of(this.gazette));
		this.fixtures.claim(this.ruiz, "A later claim.", early, this.gazette);

		Document known = page("/?asOf=2025-11-01");
		assertThat(titles(known)).containsExactly("Talks collapse");
		assertThat(known.select(".sources-count").text()).isEqualTo("1 independent source");
		assertThat(known.select(".claims-count").text()).isEqualTo("0 claims");
		assertThat(page("/").select(".sources-count").eachText()).contains("2 independent sources");
	}

	@Test
	void pagesOlderEventsByKeysetAndKeepsThePlaceWhenEventsAreAdded() {
		for (int i = 0; i < 55; i++) {
			this.fixtures.event("Event " + i, EventDate.day(LocalDate.of(2025, 1, 1).plusDays(i)), List.of(),
					List.of());
		}
		Document first = page("/");
		assertThat(first.select(".event-card")).hasSize(50);
		assertThat(titles(first).get(0)).isEqualTo("Event 54");
		String older = first.select("nav.pager a[rel=next]").attr("href");
		assertThat(older).contains("after=");

		this.fixtures.event("A newer event", EventDate.day(LocalDate.of(2025, 6, 1)), List.of(), List.of());
		Document second = page(older);
		assertThat(titles(second)).containsExactly("Event 4", "Event 3", "Event 2", "Event 1", "Event 0");
		assertThat(second.select("nav.pager a[rel=next]")).isEmpty();
		assertThat(second.select("nav.pager a").first().text()).contains("Back to the newest");

		assertThat(titles(page("/?order=oldest")).subList(0, 2)).containsExactly("Event 0", "Event 1");
	}

	@Test
	void drawsADensityStripWhoseBarsPickDateRanges() {
		Event talks = this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.ruiz), List.of(this.wire));
		this.fixtures.event("Same week", EventDate.day(LocalDate.of(2025, 10, 8)), List.of(), List.of());
		this.fixtures.event("Later", EventDate.day(LocalDate.of(2025, 10, 22)), List.of(), List.of());
		Claim claim = this.fixtures.claim(this.ruiz, "They walked out.", talks, this.wire);
		this.fixtures.judge(claim, Verdict.FALSE, "Video shows otherwise.");

		Document page = page("/");
		var bars = page.select("svg.density-strip a.density-bar");
		assertThat(bars).hasSize(3);
		assertThat(bars.get(0).attr("aria-label")).isEqualTo("week of 6 Oct 2025: 2 events, 1 with disputed claims");
		assertThat(bars.get(1).attr("aria-label")).isEqualTo("week of 13 Oct 2025: 0 events");
		assertThat(bars.get(0).select("rect.bar-disputed")).hasSize(1);
		String link = bars.get(0).attr("href");
		assertThat(link).isEqualTo("/?from=2025-10-06&to=2025-10-12");
		Document picked = page(link);
		assertThat(titles(picked)).containsExactly("Same week", "Talks collapse");
		assertThat(picked.select("svg.density-strip a.is-selected")).hasSize(1);
	}

	@Test
	void offersTheFilteredViewAsFeedAndExports() {
		this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(this.ruiz),
				List.of(this.wire));
		Document page = page("/?actor=ana-ruiz");
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom?actor=ana-ruiz");
		assertThat(page.select(".exports a").eachAttr("href")).contains("/export/events.csv?actor=ana-ruiz",
				"/export/timelinejs.json?actor=ana-ruiz", "/api/events?actor=ana-ruiz");
	}

	@Test
	void loadsATimelinePageInAFixedNumberOfStatementsWhateverItsSize() {
		List<Actor> actors = new ArrayList<>(List.of(this.ruiz, this.moreno));
		for (int day = 1; day <= 4; day++) {
			Event event = this.fixtures.event("Small " + day, EventDate.day(LocalDate.of(2025, 2, day)), actors,
					List.of(this.wire));
			this.fixtures.tag(event, "Tag " + day);
			this.fixtures.claim(this.ruiz, "Claim " + day, event, this.wire);
		}
		long small = statementsFor("/?q=claim");
		long smallPlain = statementsFor("/");
		for (int day = 1; day <= 40; day++) {
			Event event = this.fixtures.event("Large " + day, EventDate.day(LocalDate.of(2025, 3, day % 28 + 1)),
					actors, List.of(this.wire, this.gazette));
			this.fixtures.tag(event, "Tag " + day);
			this.fixtures.claim(this.moreno, "Claim " + day, event, this.gazette);
		}
		long large = statementsFor("/?q=claim");
		long largePlain = statementsFor("/");

		assertThat(large).isEqualTo(small).isBetween(1L, 10L);
		assertThat(largePlain).isEqualTo(smallPlain).isBetween(1L, 10L);
	}

	private long statementsFor(String path) {
		long before = this.statements.prepared();
		page(path);
		return this.statements.prepared() - before;
	}

}
