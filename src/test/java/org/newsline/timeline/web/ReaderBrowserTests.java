package org.newsline.timeline.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.browser.Axe;
import org.newsline.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in headless Chromium: filters the timeline through the form, follows a shared
 * link, opens an event and its source, moves by keyboard, and meets no serious
 * accessibility violation on any reader page, narrow or wide, light or dark.
 */
@NewslineIntegrationTest
class ReaderBrowserTests {

	static final String BODY = """
			Ana Ruiz said the navy blockaded the port late on Monday, cutting off fuel deliveries.

			A government spokesperson denied that any blockade had taken place and called the report a fabrication.

			Luis Moreno, the opposition leader, called for talks in the capital.""";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	Event blockade;

	Claim claim;

	Article wire;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		Actor ruiz = this.fixtures.actor("Ana Ruiz", ActorKind.PERSON, "Ruiz");
		Actor moreno = this.fixtures.actor("Luis Moreno", ActorKind.PERSON, "Moreno");
		Actor navy = this.fixtures.actor("National Navy", ActorKind.ORGANIZATION);
		this.wire = this.fixtures.article("wire.txt", BODY, LocalDate.of(2025, 10, 7), "Wire");
		Article gazette = this.fixtures.article("gazette.txt", "Officials met in the capital to discuss oil exports.",
				LocalDate.of(2025, 12, 2), "Gazette");
		this.blockade = this.fixtures.event(
				"Navy blockades the port", new EventDate(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6),
						DatePrecision.DAY, false, "late on Monday", LocalDate.of(2025, 10, 7)),
				List.of(ruiz, navy), List.of(this.wire, gazette));
		this.fixtures.tag(this.blockade, "Blockade");
		this.claim = this.fixtures.claim(ruiz, "The navy blockaded the port.", this.blockade, this.wire);
		int start = BODY.indexOf("A government");
		Claim denial = this.fixtures.labelledClaim("a government spokesperson", "No blockade took place.",
				this.blockade, this.wire, start, BODY.indexOf("fabrication.") + 12);
		this.fixtures.contradict(denial, this.claim);
		this.fixtures.judge(this.claim, Verdict.DISPUTED, "The two governments give opposite accounts.");
		this.fixtures.mention(moreno, this.wire, BODY.indexOf("Luis Moreno"), BODY.indexOf("Luis Moreno") + 11);
		Event talks = this.fixtures.event("Opposition calls for talks", EventDate.month(2025, 10), List.of(moreno),
				List.of(this.wire));
		this.fixtures.publish(talks);
		this.fixtures.event(
				"Officials meet on oil exports", new EventDate(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 20),
						DatePrecision.RANGE, true, "mid-December", LocalDate.of(2025, 12, 30)),
				List.of(ruiz, moreno), List.of(gazette));
		for (int i = 0; i < 6; i++) {
			this.fixtures.event("Earlier incident " + (i + 1), EventDate.day(LocalDate.of(2025, 8, 3).plusDays(i * 9)),
					List.of(navy), List.of());
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void filtersTheTimelineByActorAndDateThroughTheForm() {
		ChromeDriver chrome = Browser.driver();
		Browser.view(1440, false);
		chrome.get(url("/"));
		assertThat(chrome.findElements(By.cssSelector(".event-card"))).hasSize(9);

		WebElement ruiz = chrome.findElement(By.xpath("//label[starts-with(normalize-space(), 'Ana Ruiz')]"));
		ruiz.click();
		WebElement from = chrome.findElement(By.id("from"));
		from.sendKeys("12012025");
		Browser.screenshot("timeline-filter-form-filled-1440-light");
		chrome.findElement(By.cssSelector(".filter-form button[type=submit]")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("actor="));

		assertThat(chrome.getCurrentUrl()).contains("actor=ana-ruiz").contains("from=2025-12-01");
		assertThat(chrome.findElements(By.cssSelector(".event-title")).stream().map(WebElement::getText).toList())
			.containsExactly("Officials meet on oil exports");
		Browser.screenshot("timeline-filtered-1440-light");
	}

	@Test
	void followsASharedLinkThenOpensAnEventAndItsSource() {
		ChromeDriver chrome = Browser.driver();
		Browser.view(1440, false);
		chrome.get(url("/?q=blockade&disputed=true"));
		assertThat(chrome.findElement(By.cssSelector(".event-title mark")).getText())
			.isEqualToIgnoringCase("blockades");
		assertThat(chrome.findElement(By.id("q")).getAttribute("value")).isEqualTo("blockade");
		assertThat(chrome.findElement(By.id("disputed")).isSelected()).isTrue();

		chrome.findElement(By.linkText("Navy blockades the port")).click();
		assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Navy blockades the port");
		assertThat(chrome.findElement(By.cssSelector(".date-origin")).getText()).contains("late on Monday");
		assertThat(chrome.findElements(By.cssSelector(".claims-grid .claim-card"))).hasSize(2);
		Browser.screenshot("event-1440-light");

		chrome.findElement(By.cssSelector(".sources a[href='/sources/" + this.wire.getId() + "']")).click();
		assertThat(chrome.getCurrentUrl()).endsWith("/sources/" + this.wire.getId());
		assertThat(chrome.findElements(By.cssSelector(".article-text mark.hl-claim"))).isNotEmpty();
		assertThat(chrome.findElements(By.cssSelector(".article-text mark.hl-actor"))).isNotEmpty();
		Browser.screenshot("source-1440-light");
	}

	@Test
	void letsAKeyboardUserSkipToTheContentAndSeeWhereTheFocusIs() {
		ChromeDriver chrome = Browser.driver();
		Browser.view(1440, false);
		chrome.get(url("/"));
		chrome.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = chrome.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
		focused.sendKeys(Keys.ENTER);
		assertThat(chrome.getCurrentUrl()).endsWith("#main");
	}

	@Test
	void showsEveryReaderPageWithoutSeriousAccessibilityViolationsNarrowAndWideLightAndDark() {
		ChromeDriver chrome = Browser.driver();
		List<String> pages = List.of("/", "/?actor=ana-ruiz&q=port", "/events/navy-blockades-the-port",
				"/actors/ana-ruiz", "/claims", "/claims/" + this.claim.getId(), "/sources/" + this.wire.getId(),
				"/events/no-such-event");
		List<String> names = List.of("timeline", "timeline-search", "event", "actor", "claims", "claim", "source",
				"not-found");
		List<String> violations = new ArrayList<>();
		for (boolean dark : List.of(false, true)) {
			for (int width : List.of(360, 1440)) {
				Browser.view(width, dark);
				for (int i = 0; i < pages.size(); i++) {
					chrome.get(url(pages.get(i)));
					for (String violation : Axe.seriousViolations(chrome)) {
						violations
							.add(pages.get(i) + " (" + width + "px, " + (dark ? "dark" : "light") + "): " + violation);
					}
					Browser.screenshot(names.get(i) + "-" + width + "-" + (dark ? "dark" : "light"));
				}
			}
		}
		assertThat(violations).isEmpty();
	}

}
