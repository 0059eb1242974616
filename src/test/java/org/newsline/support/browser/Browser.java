package org.newsline.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) shared by all
 * browser tests of a JVM and closed when the JVM ends. Where no Chromium is installed, tests
 * are skipped with a loud message, except under CI, where they fail.
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where screenshots go. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static ChromeDriver driver;

	private Browser() {
	}

	/** The shared driver; skips (or under CI fails) the calling test when there is no Chromium. */
	public static synchronized ChromeDriver driver() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
			Assumptions.abort(message);
		}
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "close-chromium"));
		}
		return driver;
	}

	private static ChromeDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("newsline-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=en-US", "--window-size=1440,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static synchronized void quit() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * Sets the viewport width (CSS pixels) and the preferred colour scheme, and empties the
	 * browser's cache, which would otherwise keep pages (public for 60 s) across tests that
	 * change the data.
	 */
	public static void view(int width, boolean dark) {
		ChromeDriver chrome = driver();
		chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 600));
		chrome.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", java.util.List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
		chrome.manage().window().setSize(new Dimension(Math.max(width, 500), 1000));
	}

	/** Saves a full-page screenshot as {@code target/screenshots/NAME.png} and returns its path. */
	public static Path screenshot(String name) {
		ChromeDriver chrome = driver();
		try {
			Files.createDirectories(SCREENSHOTS);
			Object height = chrome.executeScript("return Math.min(document.documentElement.scrollHeight, 6000);");
			Object width = chrome.executeScript("return document.documentElement.clientWidth;");
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", ((Number) width).intValue(),
					"height", ((Number) height).intValue(), "deviceScaleFactor", 1, "mobile", ((Number) width).intValue() < 600));
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", ((Number) width).intValue(),
					"height", 1000, "deviceScaleFactor", 1, "mobile", ((Number) width).intValue() < 600));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
