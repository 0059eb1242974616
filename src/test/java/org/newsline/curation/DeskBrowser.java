package org.newsline.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.newsline.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, with a fresh profile each, and the few
 * gestures the desk's browser tests need. Screenshots go to {@code target/screenshots/}.
 */
final class DeskBrowser implements AutoCloseable {

	private final WebDriver driver;

	private final int port;

	private DeskBrowser(WebDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	/**
	 * A fresh browser; skips the test where Chromium is missing, except under CI, where
	 * that fails it.
	 */
	static DeskBrowser open(int port) {
		ChromeDriver driver = Browser.launch("1280,1400", "en-GB");
		return new DeskBrowser(driver, port);
	}

	void go(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	String path() {
		return this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	boolean has(String css) {
		return !this.driver.findElements(By.cssSelector(css)).isEmpty();
	}

	String text(String css) {
		return find(css).getText();
	}

	java.util.List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	String value(String css) {
		return find(css).getDomProperty("value");
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void choose(String css, String visibleText) {
		new Select(find(css)).selectByVisibleText(visibleText);
	}

	/** Ticks a checkbox or radio button. */
	void tick(String css) {
		find(css).click();
	}

	/**
	 * Clicks an element that submits a form or follows a link, and waits for the next
	 * page.
	 */
	void click(String css) {
		submit(find(css));
	}

	/**
	 * Clicks the button whose text is exactly the given label, and waits for the next
	 * page.
	 */
	void press(String label) {
		submit(this.driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
	}

	private void submit(WebElement element) {
		WebElement page = find("html");
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> gone(page));
	}

	/**
	 * True once the element's page was replaced; Chromium reports that in more than one
	 * way.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	void signIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		press("Sign in");
	}

	void signOut() {
		click("form[action$='/logout'] button");
	}

	String pageText() {
		return find("main").getText();
	}

	void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots");
			Files.createDirectories(target);
			Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
