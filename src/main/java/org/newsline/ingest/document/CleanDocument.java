package org.newsline.ingest.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article file read into clean text, with the metadata found for it and notes on what
 * cleaning did.
 *
 * <p>
 * {@code text} is {@code paragraphs} joined by a blank line; typographic quotes are kept
 * as in the source.
 */
public record CleanDocument(String key, @Nullable String title, @Nullable String outlet, @Nullable String url,
		@Nullable LocalDate published, DateOrigin publishedOrigin, String text, List<String> paragraphs, String charset,
		List<String> notes) {

	public CleanDocument {
		if (key.isBlank()) {
			throw new IllegalArgumentException("A document needs a key");
		}
		if (paragraphs.isEmpty()) {
			throw new IllegalArgumentException("A document needs at least one paragraph");
		}
		paragraphs = List.copyOf(paragraphs);
		notes = List.copyOf(notes);
		if (!text.equals(String.join("\n\n", paragraphs))) {
			throw new IllegalArgumentException("The text must be the paragraphs joined by blank lines");
		}
		if ((published == null) != (publishedOrigin == DateOrigin.UNKNOWN)) {
			throw new IllegalArgumentException("A publication date needs an origin, and only an unknown one has none");
		}
	}

}
