package org.newsline.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) shared by
 * all browser tests of a JVM and closed when the JVM ends. Where no Chromium is
 * installed, tests are skipped with a loud message, except under CI, where they fail.
 */
public final class Browser {

	/**
	 * Debian's chromium first, then the names other systems (Ubuntu CI runners) use;
	 * CHROME_BIN overrides. {@code .ci/run} looks in the same places, in the same order.
	 */
	static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/local/bin/chromedriver");

	/** Where screenshots go. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static ChromeDriver driver;

	private Browser() {
	}

	/**
	 * The shared driver; skips (or under CI fails) the calling test when there is no
	 * Chromium.
	 */
	public static synchronized ChromeDriver driver() {
		if (driver == null) {
			driver = launch("1440,1000", "en-US");
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "close-chromium"));
		}
		return driver;
	}

	/**
	 * A new, independent headless browser with a fresh profile, for tests that need two
	 * sessions at once; skips (or under CI fails) the calling test when there is no
	 * Chromium.
	 */
	public static ChromeDriver launch(String windowSize, String language) {
		Path browser = find("CHROME_BIN", BROWSERS);
		Path chromedriver = find("CHROMEDRIVER", DRIVERS);
		if (browser == null || chromedriver == null) {
			String message = "Browser tests need Chromium and its driver (apt-get install chromium chromium-driver), "
					+ "or CHROME_BIN and CHROMEDRIVER pointing at them";
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
			Assumptions.abort(message);
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("newsline-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile), "delete-chromium-profile"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=" + language, "--window-size=" + windowSize, "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

	private static @Nullable Path find(String variable, List<String> candidates) {
		String given = System.getenv(variable);
		List<String> all = (given != null && !given.isBlank()) ? List.of(given) : candidates;
		return all.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
	}

	private static synchronized void quit() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * Sets the viewport width (CSS pixels) and the preferred colour scheme, and empties
	 * the browser's cache, which would otherwise keep pages (public for 60 s) across
	 * tests that change the data.
	 */
	public static void view(int width, boolean dark) {
		ChromeDriver chrome = driver();
		chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 600));
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
				java.util.List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
		chrome.manage().window().setSize(new Dimension(Math.max(width, 500), 1000));
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/NAME.png} and returns its
	 * path.
	 */
	public static Path screenshot(String name) {
		ChromeDriver chrome = driver();
		try {
			Files.createDirectories(SCREENSHOTS);
			Object height = chrome.executeScript("return Math.min(document.documentElement.scrollHeight, 6000);");
			Object width = chrome.executeScript("return document.documentElement.clientWidth;");
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", ((Number) width).intValue(), "height", ((Number) height).intValue(),
							"deviceScaleFactor", 1, "mobile", ((Number) width).intValue() < 600));
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
