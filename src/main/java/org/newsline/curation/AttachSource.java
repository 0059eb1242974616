package org.newsline.curation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A source to attach to an event: an imported article with a quote that occurs in it, or
 * an external link with its outlet, title, date and quote.
 */
public sealed interface AttachSource {

	/** A quote from an imported article. */
	record FromArticle(long articleId, String quote) implements AttachSource {
	}

	/** A report Newsline did not import. */
	record FromLink(String url, @Nullable String outlet, @Nullable String title, @Nullable LocalDate publishedOn,
			String quote) implements AttachSource {
	}

}
