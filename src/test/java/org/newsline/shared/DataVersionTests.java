package org.newsline.shared;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change moves the data version on at once, except within a grouped run of writes,
 * which moves it on at its first change, at most once per interval after that, and at its
 * end; a change made elsewhere meanwhile is never held back.
 */
class DataVersionTests {

	private final DataVersion version = new DataVersion(Clock.systemUTC());

	@Test
	void everyChangeMovesTheVersionOn() {
		long start = this.version.current();
		this.version.bump();
		this.version.bump();
		assertThat(this.version.current()).isEqualTo(start + 2);
		assertThat(this.version.takeUnannounced()).isTrue();
	}

	@Test
	void aGroupedRunMovesItOnAtItsFirstChangeAndAtItsEnd() {
		long start = this.version.current();
		long during = this.version.grouping(() -> {
			this.version.bump();
			long afterFirst = this.version.current();
			assertThat(afterFirst).as("the first change shows at once").isEqualTo(start + 1);
			this.version.bump();
			this.version.bump();
			return this.version.current();
		});
		assertThat(during).as("later changes within the interval wait").isEqualTo(start + 1);
		assertThat(this.version.current()).as("and show when the run ends").isEqualTo(start + 2);
	}

	@Test
	void aGroupedRunWithoutChangesLeavesTheVersion() {
		long start = this.version.current();
		this.version.grouping(() -> null);
		assertThat(this.version.current()).isEqualTo(start);
	}

	@Test
	void aChangeMadeElsewhereDuringAGroupedRunShowsAtOnce() {
		long start = this.version.current();
		this.version.grouping(() -> {
			this.version.bump();
			this.version.bump();
			CompletableFuture.runAsync(this.version::bump).join();
			assertThat(this.version.current()).as("an editor's save").isEqualTo(start + 2);
			return null;
		});
		assertThat(this.version.current()).as("it covered the change held back").isEqualTo(start + 2);
	}

}
