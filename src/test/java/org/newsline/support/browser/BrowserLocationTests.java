package org.newsline.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI looks for Chromium and its driver where the browser tests do, and runs them with
 * CI=true, under which a missing browser fails them.
 */
class BrowserLocationTests {

	@Test
	void theCiScriptLooksWhereTheTestsLookAndRunsThemUnderCi() throws Exception {
		String script = Files.readString(Path.of(".ci", "run"));

		assertThat(script).contains("export CI=true")
			.contains("BROWSERS=(" + String.join(" ", Browser.BROWSERS) + ")")
			.contains("DRIVERS=(" + String.join(" ", Browser.DRIVERS) + ")")
			.contains("export CHROME_BIN=\"$browser\" CHROMEDRIVER=\"$driver\"");
	}

}
