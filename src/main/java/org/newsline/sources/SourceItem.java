package org.newsline.sources;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One article address, added by an admin ({@code feedId} null) or found in a feed, with
 * what became of it.
 *
 * @param id its id
 * @param feedId the feed it was found in, or null
 * @param url the address as given, without tracking parameters
 * @param title the feed item's title, if any
 * @param publishedOn the feed item's date, if any
 * @param state what became of it
 * @param reason why it was not imported, or what it duplicates
 * @param articleKey the key of the article it became (its canonical address)
 * @param importRunId the import run that read it last
 * @param outcome the run's outcome for it: CREATED, UPDATED, UNCHANGED or FAILED
 * @param firstSeenAt when Newsline first saw it
 * @param fetchedAt when it was last fetched
 */
public record SourceItem(long id, @Nullable Long feedId, String url, @Nullable String title,
		@Nullable LocalDate publishedOn, ItemState state, @Nullable String reason, @Nullable String articleKey,
		@Nullable Long importRunId, @Nullable String outcome, OffsetDateTime firstSeenAt,
		@Nullable OffsetDateTime fetchedAt) {
}
