package org.newsline.ingest.nlp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language models load on first use, stay while imports use them, and are dropped
 * only after a quiet spell, never under an annotation that is running.
 */
class IdleReleasedModelTests {

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger loads = new AtomicInteger();

	private final java.util.List<String> unloaded = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final IdleReleasedModel<String> model = new IdleReleasedModel<>(
			() -> "model " + this.loads.incrementAndGet(), this.unloaded::add, this.now::get);

	@Test
	void loadsOnFirstUseOnly() {
		assertThat(this.model.isLoaded()).isFalse();
		assertThat(this.model.<String>use((m) -> m)).isEqualTo("model 1");
		assertThat(this.model.<String>use((m) -> m)).isEqualTo("model 1");
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void isDroppedAfterTheIdleTimeAndLoadedAgainWhenNeeded() {
		this.model.<String>use((m) -> m);
		this.now.addAndGet(Duration.ofMinutes(14).toNanos());
		assertThat(this.model.releaseIfIdleFor(Duration.ofMinutes(15))).isFalse();
		assertThat(this.model.isLoaded()).isTrue();

		this.now.addAndGet(Duration.ofMinutes(1).toNanos());
		assertThat(this.model.releaseIfIdleFor(Duration.ofMinutes(15))).isTrue();
		assertThat(this.model.isLoaded()).isFalse();
		assertThat(this.unloaded).containsExactly("model 1");
		assertThat(this.model.releaseIfIdleFor(Duration.ofMinutes(15))).as("nothing left to drop").isFalse();

		assertThat(this.model.<String>use((m) -> m)).isEqualTo("model 2");
	}

	@Test
	void isNeverDroppedWhileInUse() throws Exception {
		CountDownLatch using = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		CompletableFuture<String> annotation = CompletableFuture.supplyAsync(() -> this.model.use((m) -> {
			using.countDown();
			await(done);
			return m;
		}));
		assertThat(using.await(10, TimeUnit.SECONDS)).isTrue();
		this.now.addAndGet(Duration.ofHours(1).toNanos());

		assertThat(this.model.releaseIfIdleFor(Duration.ofMinutes(15))).isFalse();
		assertThat(this.model.isLoaded()).isTrue();
		assertThat(this.unloaded).isEmpty();

		done.countDown();
		assertThat(annotation.get(10, TimeUnit.SECONDS)).isEqualTo("model 1");
		assertThat(this.model.releaseIfIdleFor(Duration.ofMinutes(15))).as("just used").isFalse();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
