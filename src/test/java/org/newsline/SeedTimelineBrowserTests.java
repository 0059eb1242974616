package org.newsline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in Chromium on the timeline the four seed articles make once imported: the
 * months, a filter by actor through the form, the drone strike with its competing claims
 * side by side, and the source article with its evidence highlighted.
 */
@NewslineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedTimelineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@BeforeAll
	void importSeeds() {
		this.cleaner.clean();
		ImportReport report = this.importer.importFolder(Path.of("seeds"), ImportRun.Trigger.CLI, "test");
		assertThat(report.counts().created()).isEqualTo(4);
	}

	@Test
	void showsTheImportedSeedsMonthByMonth() {
		ChromeDriver chrome = open("/", 1440, false);
		assertThat(texts(chrome, ".month-heading")).contains("December 2025", "October 2025", "2019");
		assertThat(chrome.findElements(By.cssSelector(".event-card"))).hasSizeGreaterThanOrEqualTo(10);
		assertThat(texts(chrome, ".event-title"))
			.anySatisfy((title) -> assertThat(title).containsIgnoringCase("drone strike"));
		assertThat(chrome.findElements(By.cssSelector(".event-card .badge-unreviewed"))).isNotEmpty();
		Browser.screenshot("seeds-timeline-1440-light");
		open("/", 360, true);
		Browser.screenshot("seeds-timeline-360-dark");
	}

	@Test
	void filtersTheSeedsByAnActorThroughTheForm() {
		ChromeDriver chrome = open("/", 1440, false);
		chrome.findElement(By.xpath("//label[starts-with(normalize-space(), 'Nicolás Maduro')]")).click();
		chrome.findElement(By.cssSelector(".filter-form button[type=submit]")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("actor="));

		assertThat(chrome.getCurrentUrl()).contains("actor=nicolas-maduro");
		List<WebElement> cards = chrome.findElements(By.cssSelector(".event-card"));
		assertThat(cards).isNotEmpty();
		assertThat(cards).allSatisfy((card) -> assertThat(card.getText()).contains("Nicolás Maduro"));
		Browser.screenshot("seeds-timeline-maduro-1440-light");
	}

	@Test
	void opensTheDroneStrikeWithItsCompetingClaimsSideBySide() {
		ChromeDriver chrome = open("/?disputed=true", 1440, false);
		WebElement strike = chrome.findElements(By.cssSelector(".event-title a"))
			.stream()
			.filter((link) -> link.getText().toLowerCase().contains("drone strike"))
			.findFirst()
			.orElseThrow();
		strike.click();

		assertThat(chrome.findElement(By.tagName("h1")).getText()).containsIgnoringCase("drone strike");
		List<WebElement> claims = chrome.findElements(By.cssSelector(".claims-grid .claim-card"));
		assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
		List<WebElement> disputed = chrome.findElements(By.cssSelector(".claim-card.is-disputed"));
		assertThat(disputed).anySatisfy(
				(card) -> assertThat(card.getText()).contains("Special Operations Forces").contains("Allie Weiskopf"));
		assertThat(String.join("\n", texts(chrome, ".sources"))).contains("001_")
			.contains("CIA’s Drone Strike Targets Venezuelan Port Facility");
		Browser.screenshot("seeds-event-disputed-1440-light");
	}

	@Test
	void opensASourceWithItsEvidenceHighlightedInPlace() {
		ChromeDriver chrome = open("/?disputed=true", 1440, false);
		chrome.findElements(By.cssSelector(".event-title a"))
			.stream()
			.filter((link) -> link.getText().toLowerCase().contains("drone strike"))
			.findFirst()
			.orElseThrow()
			.click();
		chrome.findElements(By.cssSelector(".sources a[href^='/sources/']"))
			.stream()
			.filter((link) -> link.getText().contains("Drone Strike Targets"))
			.findFirst()
			.orElseThrow()
			.click();

		assertThat(chrome.getCurrentUrl()).contains("/sources/");
		assertThat(chrome.findElements(By.cssSelector(".article-text mark.hl-claim"))).isNotEmpty();
		assertThat(chrome.findElements(By.cssSelector(".article-text mark.hl-actor"))).isNotEmpty();
		assertThat(chrome.findElement(By.cssSelector(".article-text")).getText()).doesNotContain("Related Posts");
		Browser.screenshot("seeds-source-1440-light");
	}

	private ChromeDriver open(String path, int width, boolean dark) {
		ChromeDriver chrome = Browser.driver();
		Browser.view(width, dark);
		chrome.get("http://localhost:" + this.port + path);
		return chrome;
	}

	private static List<String> texts(ChromeDriver chrome, String selector) {
		return chrome.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

}
