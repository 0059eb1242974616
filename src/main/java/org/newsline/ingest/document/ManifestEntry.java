package org.newsline.ingest.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of the manifest: what is known about an article file beyond its text.
 */
public record ManifestEntry(String file, @Nullable String outlet, @Nullable String url, @Nullable LocalDate published,
		@Nullable String title) {

	public ManifestEntry {
		if (file.isBlank()) {
			throw new IllegalArgumentException("A manifest entry needs a file name");
		}
		file = file.strip();
		outlet = blankToNull(outlet);
		url = blankToNull(url);
		title = blankToNull(title);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
