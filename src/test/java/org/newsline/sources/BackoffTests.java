package org.newsline.sources;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing feed waits twice as long after each failure, and never more than a day.
 */
class BackoffTests {

	@Test
	void doublesTheIntervalUpToADay() {
		assertThat(FeedPoller.backoff(15, 1)).isEqualTo(Duration.ofMinutes(30));
		assertThat(FeedPoller.backoff(15, 2)).isEqualTo(Duration.ofMinutes(60));
		assertThat(FeedPoller.backoff(15, 6)).isEqualTo(Duration.ofMinutes(960));
		assertThat(FeedPoller.backoff(15, 7)).isEqualTo(Duration.ofDays(1));
		assertThat(FeedPoller.backoff(1440, 1)).isEqualTo(Duration.ofDays(1));
		assertThat(FeedPoller.backoff(15, 10_000)).isEqualTo(Duration.ofDays(1));
	}

}
