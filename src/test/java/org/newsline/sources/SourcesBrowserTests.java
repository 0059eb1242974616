package org.newsline.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.WebSite;
import org.newsline.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin follows an outlet's feed in a real browser: adds it, watches its items arrive
 * as imported articles, and pauses it.
 */
@NewslineIntegrationTest
class SourcesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	WebSite site;

	CorpusSite corpus;

	WebDriver driver;

	@BeforeEach
	void outlet() {
		this.cleaner.clean();
		this.site = new WebSite();
		this.corpus = new CorpusSite(this.site).list(3);
	}

	@AfterEach
	void close() {
		if (this.driver != null) {
			this.driver.quit();
		}
		this.site.close();
	}

	@Test
	void anAdminAddsAFeedSeesItsItemsArriveAndPausesIt() throws IOException {
		this.driver = Browser.launch("1280,1400", "en-GB");
		go("/login");
		type("#username", "admin");
		type("#password", "integration-admin-pw");
		press("Sign in");

		go("/admin/sources");
		assertThat(text("main")).contains("No feed is followed yet.");
		type("#feed-url", this.corpus.feedUrl());
		type("#poll-minutes", "30");
		press("Add feed");
		assertThat(text("[role=status]")).isEqualTo("Feed added: it is read now, then every 30 minutes.");

		// the feed is read in the background; the page shows how far it has come
		new WebDriverWait(this.driver, Duration.ofMinutes(5)).pollingEvery(Duration.ofSeconds(2)).until((driver) -> {
			go("/admin/sources");
			return text("tr[id^=feed-] .feed-counts").startsWith("3 imported");
		});
		assertThat(text("tr[id^=feed-]")).contains("The Corpus Courier").contains("active");
		screenshot("sources-01-feed-imported");

		this.driver.findElement(By.cssSelector("tr[id^=feed-] td a")).click();
		assertThat(this.driver.findElements(By.cssSelector(".source-item"))).hasSize(3);
		assertThat(text("table")).contains(this.corpus.stories().get(0).title()).contains("imported (created)");
		screenshot("sources-02-feed-items");

		go("/admin/sources");
		press("Pause");
		assertThat(text("[role=status]")).isEqualTo("Feed paused.");
		assertThat(text("tr[id^=feed-] .feed-state")).isEqualTo("paused");
		assertThat(this.driver.findElements(By.xpath("//button[normalize-space()='Resume']"))).hasSize(1);
		screenshot("sources-03-feed-paused");

		String story = this.corpus.url(this.corpus.stories().get(3).path());
		type("#addresses", story + "?utm_source=newsletter\n" + story);
		press("Import addresses");
		assertThat(text("[role=status]")).isEqualTo("2 addresses queued: each is fetched and imported shortly.");
		new WebDriverWait(this.driver, Duration.ofMinutes(3)).pollingEvery(Duration.ofSeconds(2)).until((driver) -> {
			go("/admin/sources");
			return this.driver.findElements(By.cssSelector("section[aria-labelledby=added-title] .item-state"))
				.stream()
				.noneMatch((state) -> state.getText().equals("pending"));
		});
		assertThat(this.driver.findElements(By.cssSelector("section[aria-labelledby=added-title] .item-state")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrder("imported", "duplicate");
		assertThat(text("section[aria-labelledby=added-title]")).contains("the same article as " + story);
		screenshot("sources-04-addresses-imported-once");
	}

	private void go(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	private void type(String css, String value) {
		WebElement field = this.driver.findElement(By.cssSelector(css));
		field.clear();
		field.sendKeys(value);
	}

	private void press(String label) {
		WebElement page = this.driver.findElement(By.cssSelector("html"));
		this.driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
	}

	private void screenshot(String name) throws IOException {
		Path target = Browser.SCREENSHOTS;
		Files.createDirectories(target);
		Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
