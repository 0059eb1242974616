package org.newsline.sources.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RSS 2.0 and Atom 1.0 read into links, titles and dates; a document that is not a feed,
 * or that declares a document type (the door to external entities), is refused.
 */
class FeedReaderTests {

	@Test
	void readsAnAtomFeed() throws FeedReader.UnreadableFeed {
		FeedReader.FeedContent feed = FeedReader.read("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>Harbour Times</title>
				  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
				  <updated>2025-06-03T18:30:02Z</updated>
				  <entry>
				    <title>Dutch government collapses</title>
				    <link rel="alternate" href="https://news.example.org/2025/06/03/dutch-government"/>
				    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
				    <published>2025-06-03T09:00:00Z</published>
				    <updated>2025-06-03T18:30:02Z</updated>
				  </entry>
				</feed>
				""".getBytes(StandardCharsets.UTF_8));

		assertThat(feed.title()).isEqualTo("Harbour Times");
		assertThat(feed.entries()).singleElement()
			.isEqualTo(new FeedReader.Entry("https://news.example.org/2025/06/03/dutch-government",
					"Dutch government collapses", LocalDate.of(2025, 6, 3), Instant.parse("2025-06-03T18:30:02Z")));
	}

	@Test
	void readsAnRssFeed() throws FeedReader.UnreadableFeed {
		FeedReader.FeedContent feed = FeedReader.read("""
				<?xml version="1.0"?>
				<rss version="2.0"><channel><title>Wire</title><link>https://wire.example</link>
				<description>News</description>
				<item><title>Measles death in Texas</title><link>https://wire.example/measles</link>
				<pubDate>Wed, 26 Feb 2025 21:15:00 GMT</pubDate></item>
				<item><title>No link here</title></item>
				</channel></rss>
				""".getBytes(StandardCharsets.UTF_8));

		assertThat(feed.entries()).hasSize(2);
		assertThat(feed.entries().get(0).link()).isEqualTo("https://wire.example/measles");
		assertThat(feed.entries().get(0).published()).isEqualTo(LocalDate.of(2025, 2, 26));
		assertThat(feed.entries().get(1).link()).isNull();
	}

	@Test
	void refusesDocumentTypesAndWhatIsNotAFeed() {
		assertThatExceptionOfType(FeedReader.UnreadableFeed.class).isThrownBy(() -> FeedReader.read("""
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss version="2.0"><channel><title>&secret;</title></channel></rss>
				""".getBytes(StandardCharsets.UTF_8))).withMessageStartingWith("not an RSS or Atom feed");
		assertThatExceptionOfType(FeedReader.UnreadableFeed.class)
			.isThrownBy(() -> FeedReader.read("<html><body>Hello</body></html>".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("not an RSS or Atom feed");
	}

}
