package org.newsline.sources.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.WebSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fetcher against a real web server on the loopback address: what it takes, and every
 * way it refuses, each with the reason an admin reads in the report.
 */
class WebFetcherTests {

	private static final long LIMIT = 64 * 1024;

	private static final String PAGE = "<!doctype html><html><head><title>A story</title></head>"
			+ "<body><article><p>Flooding closed the highway on Tuesday.</p></article></body></html>";

	private final WebSite site = new WebSite();

	private final WebFetcher allowingLoopback = fetcher(List.of("127.0.0.0/8"), Duration.ofSeconds(20));

	private final WebFetcher strict = fetcher(List.of(), Duration.ofSeconds(20));

	@AfterEach
	void close() throws IOException {
		this.site.close();
		this.allowingLoopback.close();
		this.strict.close();
	}

	@Test
	void fetchesAPageOnAnAllowedNetworkNamingNewsline() throws FetchRefused {
		this.site.serve("/story", "text/html; charset=utf-8", PAGE);

		Fetched fetched = this.allowingLoopback.fetch(URI.create(this.site.url("/story")), Expect.PAGE,
				Validators.NONE);

		assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(fetched.html()).isTrue();
		assertThat(this.site.requests()).extracting(WebSite.Request::userAgent)
			.allMatch((agent) -> agent.startsWith("Newsline"));
	}

	@Test
	void refusesPrivateAddressesWithoutTheAllowance() {
		assertRefused(this.strict, "http://10.0.0.1/story", "10.0.0.1 is a private address");
		assertRefused(this.strict, "http://169.254.169.254/latest/meta-data/", "a cloud metadata address");
		assertRefused(this.strict, "http://[::1]:" + this.site.port() + "/story", "::1 is a loopback address");
		assertRefused(this.strict, "http://[::ffff:127.0.0.1]/story", "::ffff:127.0.0.1 is a loopback address");
		assertRefused(this.strict, "http://[fd00:ec2::254]/", "a cloud metadata address");
		assertRefused(this.strict, "http://0.0.0.0:" + this.site.port() + "/story", "an unspecified address");
		assertRefused(this.strict, "http://224.0.0.1/", "a multicast address");
		assertRefused(this.strict, "http://[fe80::1]/", "a link-local address");
		assertRefused(this.strict, "http://localhost:" + this.site.port() + "/story", "localhost resolves to");
		assertThat(this.site.requests()).isEmpty();
	}

	@Test
	void refusesANameThatResolvesToLoopbackEvenAmongPublicAddresses() throws Exception {
		WebFetcher fetcher = new WebFetcher(settings(List.of(), Duration.ofSeconds(20)), LIMIT, "Newsline-test",
				(host) -> new InetAddress[] { InetAddress.getByName("93.184.215.14"),
						InetAddress.getByName("127.0.0.1") });
		try (fetcher) {
			assertRefused(fetcher, "http://news.example/story", "news.example resolves to 127.0.0.1, a loopback");
		}
	}

	@Test
	void refusesARedirectToARefusedAddressWithoutFollowingIt() {
		this.site.redirect("/moved", 302, "http://169.254.169.254/latest/meta-data/");
		this.site.redirect("/private", 301, "http://10.0.0.1/admin");

		assertRefused(this.allowingLoopback, this.site.url("/moved"),
				"169.254.169.254 is a cloud metadata address (reached by a redirect");
		assertRefused(this.allowingLoopback, this.site.url("/private"),
				"10.0.0.1 is a private address (reached by a redirect");
	}

	@Test
	void followsFiveRedirectsAndNoMore() throws FetchRefused {
		for (int i = 0; i < 6; i++) {
			this.site.redirect("/hop" + i, 302, "/hop" + (i + 1));
		}
		this.site.serve("/hop6", "text/html", PAGE);
		this.site.redirect("/five", 302, "/hop2");

		assertThat(this.allowingLoopback.fetch(URI.create(this.site.url("/five")), Expect.PAGE, Validators.NONE).url())
			.hasToString(this.site.url("/hop6"));
		assertRefused(this.allowingLoopback, this.site.url("/hop0"), "more than 5 redirects");
	}

	@Test
	void refusesAddressesThatAreNotWebAddresses() {
		assertRefused(this.allowingLoopback, "file:///etc/passwd",
				"only http and https addresses are fetched, not file:");
		assertRefused(this.allowingLoopback, "ftp://127.0.0.1/pub/story.txt", "not ftp:");
		assertRefused(this.allowingLoopback, "gopher://127.0.0.1/", "not gopher:");
		assertRefused(this.allowingLoopback, "http://user:secret@127.0.0.1/", "with a user name or password");
	}

	@Test
	void refusesABodyLargerThanTheLimitAnnouncedOrNot() {
		byte[] big = new byte[(int) LIMIT + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		this.site.serve("/big", "text/plain", big);
		this.site.on("/chunked", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write(new byte[8192]);
				}
			}
		});

		assertRefused(this.allowingLoopback, this.site.url("/big"),
				"the body is larger than the limit of 65,536 bytes (65,537 announced)");
		assertRefused(this.allowingLoopback, this.site.url("/chunked"),
				"the body is larger than the limit of 65,536 bytes; reading stopped there");
	}

	@Test
	void refusesAGzipBombOnTheDecodedSize() throws IOException, FetchRefused {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				gzip.write(zeros);
			}
		}
		byte[] bomb = packed.toByteArray();
		this.site.on("/bomb", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			WebSite.send(exchange, 200, bomb);
		});
		ByteArrayOutputStream small = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(small)) {
			gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
		this.site.on("/gzipped", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			WebSite.send(exchange, 200, small.toByteArray());
		});

		assertThat(bomb.length).isLessThan((int) LIMIT * 2);
		assertRefused(this.allowingLoopback, this.site.url("/bomb"),
				"the body is larger than the limit of 65,536 bytes once decompressed (gzip)");
		assertThat(new String(
				this.allowingLoopback.fetch(URI.create(this.site.url("/gzipped")), Expect.PAGE, Validators.NONE).body(),
				StandardCharsets.UTF_8))
			.isEqualTo(PAGE);
	}

	@Test
	void refusesABodyThatArrivesTooSlowly() throws IOException {
		this.site.on("/slow", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write("<p>a little more</p>\n".getBytes(StandardCharsets.UTF_8));
					out.flush();
					Thread.sleep(100);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try (WebFetcher impatient = fetcher(List.of("127.0.0.0/8"), Duration.ofSeconds(1))) {
			assertRefused(impatient, this.site.url("/slow"), "it took longer than the time limit of 1 s");
		}
	}

	@Test
	void refusesContentThatIsNotAPage() {
		this.site.serve("/report.pdf", "application/pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
		this.site.serve("/picture", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

		assertRefused(this.allowingLoopback, this.site.url("/report.pdf"),
				"its content type is application/pdf; only HTML, XHTML and plain text pages are accepted");
		assertRefused(this.allowingLoopback, this.site.url("/picture"), "its content type is image/png");
	}

	@Test
	void obeysRobotsTxtForNewsline() throws FetchRefused {
		this.site.serve("/robots.txt", "text/plain", """
				User-agent: *
				Disallow: /private/

				User-agent: newsline
				Disallow: /members/
				""");
		this.site.serve("/members/story", "text/html", PAGE);
		this.site.serve("/private/story", "text/html", PAGE);

		assertRefused(this.allowingLoopback, this.site.url("/members/story"),
				"the robots.txt of 127.0.0.1:" + this.site.port() + " disallows /members/story for Newsline");
		assertThat(
				this.allowingLoopback.fetch(URI.create(this.site.url("/private/story")), Expect.PAGE, Validators.NONE)
					.body())
			.isNotEmpty();
		assertThat(this.site.requestsFor("/members/story")).isZero();
		assertThat(this.site.requestsFor("/robots.txt")).isOne();
	}

	@Test
	void asksForAFeedAgainWithItsValidatorsAndTakesA304() throws FetchRefused {
		this.site.on("/feed.xml", (exchange) -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				WebSite.send(exchange, 304, new byte[0]);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
			exchange.getResponseHeaders().set("ETag", "\"v1\"");
			exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Apr 2025 10:00:00 GMT");
			WebSite.send(exchange, 200, "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));
		});
		URI feed = URI.create(this.site.url("/feed.xml"));

		Fetched first = this.allowingLoopback.fetch(feed, Expect.FEED, Validators.NONE);
		Fetched second = this.allowingLoopback.fetch(feed, Expect.FEED, first.validators());

		assertThat(first.notModified()).isFalse();
		assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 01 Apr 2025 10:00:00 GMT"));
		assertThat(second.notModified()).isTrue();
		assertThat(second.body()).isEmpty();
		assertThat(this.site.requests().get(this.site.requests().size() - 1).ifModifiedSince())
			.isEqualTo("Tue, 01 Apr 2025 10:00:00 GMT");
	}

	@Test
	void refusesAnHtmlPageWhereAFeedShouldBe() {
		this.site.serve("/news", "text/html", PAGE);

		assertRefused(this.allowingLoopback, this.site.url("/news"),
				"its content type is text/html; only RSS, Atom and other XML feeds are accepted", Expect.FEED);
	}

	private static void assertRefused(WebFetcher fetcher, String url, String reason) {
		assertRefused(fetcher, url, reason, Expect.PAGE);
	}

	private static void assertRefused(WebFetcher fetcher, String url, String reason, Expect expect) {
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> fetcher.fetch(URI.create(url), expect, Validators.NONE))
			.withMessageContaining(reason);
	}

	private static WebFetcher fetcher(List<String> allowed, Duration total) {
		return new WebFetcher(settings(allowed, total), LIMIT, "Newsline/test (+https://newsline.example)");
	}

	private static FetchSettings settings(List<String> allowed, Duration total) {
		return new FetchSettings(allowed, "", Duration.ofSeconds(5), total, 5, Duration.ZERO, Duration.ofHours(1));
	}

}
