package org.newsline.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.FileOutcome;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.WebSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles from the web, end to end: a local outlet serving the development corpus as
 * real pages and a feed, fetched through the loopback allowance, imported as ordinary
 * import runs under their canonical addresses.
 */
@NewslineIntegrationTest
class WebSourcesIntegrationTests {

	@Autowired
	WebImport web;

	@Autowired
	FeedPoller poller;

	@Autowired
	Feeds feeds;

	@Autowired
	SourceItems items;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	JdbcClient jdbc;

	WebSite site;

	CorpusSite corpus;

	@BeforeEach
	void outlet() {
		this.cleaner.clean();
		this.site = new WebSite();
		this.corpus = new CorpusSite(this.site);
	}

	@AfterEach
	void close() {
		this.site.close();
	}

	@Test
	void aFeedOfFiveImportsFiveArticlesOnceAndASixthItemOneMore() {
		this.corpus.list(5);
		long feed = this.feeds.add(this.corpus.feedUrl(), 15, "admin", Instant.now()).orElseThrow();

		FeedPoller.Poll first = this.poller.pollNow(feed).orElseThrow();

		assertThat(first.error()).isNull();
		assertThat(first.created()).isEqualTo(5);
		assertThat(articleKeys()).hasSize(5)
			.allMatch((key) -> key.startsWith(this.site.url("/news/")))
			.noneMatch((key) -> key.contains("utm_"));
		assertThat(this.jdbc.sql("select count(*) from article where published_on is not null and outlet is not null")
			.query(Long.class)
			.single()).isEqualTo(5);

		this.site.forget();
		FeedPoller.Poll again = this.poller.pollNow(feed).orElseThrow();

		assertThat(again.notModified()).isTrue();
		assertThat(again.imports()).isEmpty();
		assertThat(this.site.requests()).extracting(WebSite.Request::path).containsExactly("/feed.xml");
		assertThat(articleKeys()).hasSize(5);

		this.corpus.list(6);
		FeedPoller.Poll sixth = this.poller.pollNow(feed).orElseThrow();

		assertThat(sixth.created()).isEqualTo(1);
		assertThat(articleKeys()).hasSize(6).contains(this.site.url(this.corpus.stories().get(5).path()));
		assertThat(this.items.ofFeed(feed, 10)).hasSize(6).allMatch((item) -> item.state() == ItemState.IMPORTED);
		Feed polled = this.feeds.find(feed).orElseThrow();
		assertThat(polled.title()).isEqualTo("The Corpus Courier");
		assertThat(polled.failures()).isZero();
		assertThat(polled.etag()).isEqualTo("\"items-6\"");
	}

	@Test
	void theSameArticleThroughTwoAddressesLandsOnce() {
		CorpusSite.Story story = this.corpus.stories().get(0);
		String tracked = this.corpus.url(story.path()) + "?utm_source=newsletter&utm_campaign=daily";
		String plain = this.corpus.url(story.path());

		WebImport.Result both = this.web.importAddresses(List.of(tracked, plain), Trigger.WEB, "admin");
		WebImport.Result later = this.web.importAddresses(List.of(tracked), Trigger.WEB, "admin");

		assertThat(articleKeys()).containsExactly(plain);
		assertThat(both.count(ItemState.IMPORTED)).isOne();
		assertThat(both.count(ItemState.DUPLICATE)).isOne();
		assertThat(both.lines().get(1).reason()).contains("the same article as " + plain);
		assertThat(later.report().files()).singleElement()
			.satisfies((file) -> assertThat(file.outcome()).isEqualTo(FileOutcome.UNCHANGED));
	}

	@Test
	void everyRefusalIsReportedWithItsReason() throws IOException {
		this.site.redirect("/moved", 302, "http://10.0.0.1/admin");
		this.site.serve("/report.pdf", "application/pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
		this.site.serve("/private/memo", "text/html", "<html><body><p>Memo.</p></body></html>");
		this.site.on("/huge", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				byte[] chunk = "<p>filler</p>".repeat(1000).getBytes();
				for (int i = 0; i < 500; i++) {
					out.write(chunk);
				}
			}
		});
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				gzip.write(zeros);
			}
		}
		this.site.on("/bomb", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			WebSite.send(exchange, 200, packed.toByteArray());
		});
		List<String> refused = List.of("http://10.0.0.1/story", "http://169.254.169.254/latest/meta-data/",
				"http://[::1]:" + this.site.port() + "/story", this.site.url("/moved"), "file:///etc/passwd",
				"ftp://127.0.0.1/story.txt", this.site.url("/huge"), this.site.url("/bomb"),
				this.site.url("/report.pdf"), this.site.url("/private/memo"));

		WebImport.Result result = this.web.importAddresses(refused, Trigger.WEB, "admin");

		ImportReport report = result.report();
		report.files().forEach((file) -> System.out.println("refused: " + file.reason()));
		assertThat(report.files()).hasSize(10).allMatch((file) -> file.outcome() == FileOutcome.FAILED);
		assertThat(report.files()).extracting(ImportReport.FileReport::reason)
			.satisfiesExactly((reason) -> assertThat(reason).contains("10.0.0.1 is a private address"),
					(reason) -> assertThat(reason).contains("169.254.169.254 is a cloud metadata address"),
					(reason) -> assertThat(reason).contains("::1 is a loopback address"),
					(reason) -> assertThat(reason).contains("10.0.0.1 is a private address (reached by a redirect"),
					(reason) -> assertThat(reason).contains("only http and https addresses are fetched, not file:"),
					(reason) -> assertThat(reason).contains("not ftp:"),
					(reason) -> assertThat(reason).contains("the body is larger than the limit of 5,242,880 bytes"),
					(reason) -> assertThat(reason).contains("once decompressed (gzip)"),
					(reason) -> assertThat(reason).contains("its content type is application/pdf"),
					(reason) -> assertThat(reason).contains("robots.txt").contains("disallows /private/memo"));
		assertThat(result.count(ItemState.REFUSED)).isEqualTo(10);
		assertThat(this.items.addedByHand(20)).allMatch((item) -> item.state() == ItemState.REFUSED)
			.allMatch((item) -> item.reason() != null);
		assertThat(articleKeys()).isEmpty();
	}

	@Test
	void aFailingFeedWaitsTwiceAsLongEachTimeAndShowsWhy() {
		this.site.serve("/not-a-feed", "text/html", "<html><body><p>Hello</p></body></html>");
		long feed = this.feeds.add(this.site.url("/not-a-feed"), 60, "admin", Instant.now()).orElseThrow();

		FeedPoller.Poll first = this.poller.pollNow(feed).orElseThrow();
		Feed afterOne = this.feeds.find(feed).orElseThrow();
		this.poller.pollNow(feed).orElseThrow();
		Feed afterTwo = this.feeds.find(feed).orElseThrow();

		assertThat(first.error()).contains("its content type is text/html; only RSS, Atom and other XML feeds");
		assertThat(afterOne.lastError()).isEqualTo(first.error());
		assertThat(afterTwo.failures()).isEqualTo(2);
		assertThat(java.time.Duration.between(afterOne.lastPolledAt(), afterOne.nextPollAt()).toMinutes())
			.isEqualTo(120);
		assertThat(java.time.Duration.between(afterTwo.lastPolledAt(), afterTwo.nextPollAt()).toMinutes())
			.isEqualTo(240);
	}

	private List<String> articleKeys() {
		return this.jdbc.sql("select source_key from article order by source_key").query(String.class).list();
	}

}
