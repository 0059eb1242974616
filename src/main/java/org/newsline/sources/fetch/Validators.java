package org.newsline.sources.fetch;

import org.jspecify.annotations.Nullable;

/**
 * The {@code ETag} and {@code Last-Modified} of a document, sent back with the next
 * request for it so that an unchanged document costs a 304 and nothing else.
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

	private static final int MAX_LENGTH = 500;

	public static final Validators NONE = new Validators(null, null);

	public Validators {
		etag = bounded(etag);
		lastModified = bounded(lastModified);
	}

	private static @Nullable String bounded(@Nullable String value) {
		return (value == null || value.isBlank() || value.length() > MAX_LENGTH) ? null : value.strip();
	}

}
