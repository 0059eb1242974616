package org.newsline.timeline.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.event.EventDate;
import org.newsline.shared.DataVersion;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous reader responses can be cached and revalidated: a 304 costs no SQL, and any
 * write makes the next revalidation answer fresh data.
 */
@NewslineIntegrationTest
class ReaderCachingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	DataVersion version;

	@Autowired
	Statements statements;

	final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.version.bump();
		this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(), List.of());
	}

	private HttpResponse<String> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void sendsValidatorsAndAPublicCacheLifetimeToAnonymousReaders() throws Exception {
		for (String path : List.of("/", "/events/talks-collapse", "/claims", "/api/events", "/feed.atom")) {
			HttpResponse<String> response = get(path, Map.of());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
			assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=60, public");
		}
	}

	@Test
	void answersARevalidationWithNotModifiedWithoutTouchingTheDatabase() throws Exception {
		HttpResponse<String> first = get("/", Map.of());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		long before = this.statements.prepared();

		HttpResponse<String> again = get("/", Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(this.statements.prepared() - before).isZero();

		HttpResponse<String> byDate = get("/",
				Map.of("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()));
		assertThat(byDate.statusCode()).isEqualTo(304);
	}

	@Test
	void answersFreshDataAfterAnyWrite() throws Exception {
		String etag = get("/", Map.of()).headers().firstValue("ETag").orElseThrow();
		this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)), List.of(), List.of());

		HttpResponse<String> after = get("/", Map.of("If-None-Match", etag));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Officials meet");
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
	}

	@Test
	void bumpsTheVersionWhenOnlyACollectionChanges() throws Exception {
		var event = this.fixtures.event("Tagged later", EventDate.day(LocalDate.of(2025, 12, 2)), List.of(), List.of());
		long before = this.version.current();
		this.fixtures.tag(event, "Fresh tag");
		assertThat(this.version.current()).isGreaterThan(before);
	}

}
