package org.newsline.timeline.cache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.newsline.shared.DataVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a change, the first reader of a view renders it again; readers arriving while it
 * renders get the view as it was instead of rendering it too, and nobody gets a view
 * older than the data once that rendering is done.
 */
class ReaderPageCacheTests {

	private final DataVersion version = new DataVersion(Clock.systemUTC());

	private final ReaderPageCache cache = new ReaderPageCache(this.version, List.of("/"), 1024 * 1024, 64 * 1024);

	private final AtomicInteger renderings = new AtomicInteger();

	@Test
	void readersDuringARenderingGetTheViewAsItWasAndOnlyOneRenders() throws Exception {
		assertThat(get(rendering("before the change", null))).isEqualTo("before the change");
		assertThat(get(rendering("never rendered", null))).as("kept").isEqualTo("before the change");
		this.version.bump();

		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture
			.supplyAsync(() -> get(rendering("after the change", new CountDownLatch[] { started, finish })));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(get(rendering("rendered twice", null))).as("while the first reader renders")
			.isEqualTo("before the change");

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("after the change");
		assertThat(get(rendering("rendered twice", null))).isEqualTo("after the change");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void aViewNobodyIsRenderingIsRenderedForTheFirstReaderAfterAChange() {
		assertThat(get(rendering("before the change", null))).isEqualTo("before the change");
		this.version.bump();
		assertThat(get(rendering("after the change", null))).isEqualTo("after the change");
	}

	@Test
	void whileOneChangedViewIsRenderedOtherChangedViewsAreAnsweredAsTheyWere() throws Exception {
		assertThat(get("page=1", rendering("one before", null))).isEqualTo("one before");
		assertThat(get("page=2", rendering("two before", null))).isEqualTo("two before");
		this.version.bump();

		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture
			.supplyAsync(() -> get("page=1", rendering("one after", new CountDownLatch[] { started, finish })));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(get("page=2", rendering("two rendered at once", null))).as("while another view renders")
			.isEqualTo("two before");
		assertThat(get("page=3", rendering("three", null))).as("a view never kept renders at once").isEqualTo("three");

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("one after");
		assertThat(get("page=2", rendering("two after", null))).isEqualTo("two after");
		assertThat(this.renderings).hasValue(5);
	}

	@Test
	void aReaderHoldingTheKeptPagesETagGetsNotModifiedWithoutARendering() {
		FilterChain tagged = (request, response) -> {
			this.renderings.incrementAndGet();
			((HttpServletResponse) response).setHeader(HttpHeaders.ETAG, "W/\"7\"");
			response.setContentType("text/html");
			response.getOutputStream().write("tagged".getBytes(StandardCharsets.UTF_8));
		};
		assertThat(get(tagged)).isEqualTo("tagged");

		MockHttpServletResponse revalidated = request("W/\"7\"", tagged);
		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(revalidated.getContentLength()).isZero();
		assertThat(revalidated.getHeader(HttpHeaders.ETAG)).isEqualTo("W/\"7\"");

		MockHttpServletResponse outdated = request("W/\"6\"", tagged);
		assertThat(outdated.getStatus()).isEqualTo(200);
		assertThat(outdated.getContentAsByteArray()).asString(StandardCharsets.UTF_8).isEqualTo("tagged");
		assertThat(this.renderings).hasValue(1);
	}

	/** A chain that renders the body, waiting in between when given two latches. */
	private FilterChain rendering(String body, CountDownLatch[] latches) {
		return (request, response) -> {
			this.renderings.incrementAndGet();
			if (latches != null) {
				latches[0].countDown();
				try {
					latches[1].await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			response.setContentType("text/html");
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
	}

	private String get(FilterChain chain) {
		return get(null, chain);
	}

	private String get(String query, FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setQueryString(query);
		return new String(send(request, chain).getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse request(String ifNoneMatch, FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		return send(request, chain);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.cache.doFilter(request, response, chain);
			return response;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
