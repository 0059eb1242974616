package org.newsline.sources.fetch;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Addresses as Newsline keeps them: one article, one address, whatever tracking a link
 * carried.
 */
class WebAddressesTests {

	@Test
	void stripsTrackingParametersAndKeepsTheOthers() throws FetchRefused {
		URI uri = WebAddresses
			.parse("HTTPS://News.Example.org:443/world/story?id=7&utm_source=rss&UTM_Medium=feed&fbclid=abc#top");

		assertThat(WebAddresses.key(uri)).isEqualTo("https://news.example.org/world/story?id=7");
		assertThat(WebAddresses.key(WebAddresses.parse("http://news.example.org/a?utm_campaign=x")))
			.isEqualTo("http://news.example.org/a");
	}

	@Test
	void refusesWhatIsNotAWebAddress() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> WebAddresses.parse("news.example.org/a"))
			.withMessageContaining("needs http:// or https://");
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> WebAddresses.parse("javascript:alert(1)"))
			.withMessageContaining("not javascript:");
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> WebAddresses.parse("http:///nohost"))
			.withMessageContaining("no host");
	}

}
