package org.newsline.timeline.model;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A source of an event as readers see it: the article (by id and file) or external link,
 * the outlet, the quote, whether it is an independent report or a copy, and when it was
 * published.
 */
public record SourceRef(long id, @Nullable Long articleId, @Nullable String file, @Nullable String outlet,
		@Nullable String url, @Nullable String title, String quote, boolean independent,
		@Nullable LocalDate publishedOn) {

}
