package org.newsline.sources.fetch;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A mistyped allowance stops the application instead of silently allowing nothing, and
 * the user agent names Newsline and where to find it.
 */
class FetchSettingsTests {

	@Test
	void refusesAMalformedAllowedNetwork() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings("10.0.0.0/33"))
			.withMessageContaining("prefix length outside 0 to 32");
		assertThatIllegalArgumentException().isThrownBy(() -> settings("intranet.example"))
			.withMessageContaining("is not an address block");
		assertThat(settings("10.20.0.0/16").allowedNetworks()).containsExactly("10.20.0.0/16");
	}

	@Test
	void namesNewslineAndItsPublicAddressInTheUserAgent() {
		assertThat(FetchConfiguration.userAgent(settings("127.0.0.0/8"),
				java.net.URI.create("https://news.example.org"), "1.2.0"))
			.isEqualTo("Newsline/1.2.0 (+https://news.example.org)");
	}

	private static FetchSettings settings(String network) {
		return new FetchSettings(List.of(network), "", Duration.ofSeconds(5), Duration.ofSeconds(20), 5,
				Duration.ofSeconds(1), Duration.ofHours(1));
	}

}
