package org.newsline.sources;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A feed Newsline follows, with the state of its polling.
 *
 * @param id its id
 * @param url the feed's address
 * @param title the feed's own title, once read
 * @param pollMinutes how often it is polled while it works
 * @param paused whether polling is paused
 * @param nextPollAt when it is polled next
 * @param failures how many polls in a row failed; each doubles the wait, up to a day
 * @param lastError why the last poll failed, while it keeps failing
 * @param lastPolledAt when it was last polled
 * @param lastSuccessAt when a poll last worked
 * @param etag the feed's last {@code ETag}
 * @param lastModified the feed's last {@code Last-Modified}
 * @param addedBy who added it
 */
public record Feed(long id, String url, @Nullable String title, int pollMinutes, boolean paused,
		OffsetDateTime nextPollAt, int failures, @Nullable String lastError, @Nullable OffsetDateTime lastPolledAt,
		@Nullable OffsetDateTime lastSuccessAt, @Nullable String etag, @Nullable String lastModified, String addedBy) {

	/** What the sources page shows of a feed: the feed and its items' counts. */
	public record Summary(Feed feed, long items, long imported, long pending, long notImported) {
	}

}
