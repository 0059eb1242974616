package org.newsline.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.newsline.shared.DataVersion;

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
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.cache.doFilter(request, response, chain);
			return response.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
