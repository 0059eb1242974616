package org.newsline.sources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An address to fetch and import, with what its feed item said of it.
 *
 * @param itemId the item it belongs to
 * @param url the address
 * @param title the feed item's title, if any
 * @param published the feed item's date, if any
 * @param outlet the feed's title, standing in for the outlet a page does not name
 */
public record Candidate(long itemId, String url, @Nullable String title, @Nullable LocalDate published,
		@Nullable String outlet) {
}
