package org.newsline.timeline.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An imported article as readers see it: metadata, and the cleaned text cut into pieces,
 * the highlighted ones pointing at the actors, events and claims extracted from them.
 */
public record SourcePage(long id, String file, @Nullable String title, @Nullable String outlet, @Nullable String url,
		@Nullable LocalDate publishedOn, boolean publishedInferred, List<Piece> text, List<Extracted> extracted) {

	/** A stretch of the text; {@code kinds} is empty for plain text. */
	public record Piece(String text, List<String> kinds, @Nullable String href, @Nullable String label) {

		public boolean highlighted() {
			return !this.kinds.isEmpty();
		}

		/** CSS classes: one per kind of thing highlighted here. */
		public String classes() {
			return "hl " + String.join(" ", this.kinds.stream().map((kind) -> "hl-" + kind).toList());
		}

	}

	/** Something extracted from the article, with a link to it. */
	public record Extracted(String kind, String label, String href, long mentions) {
	}

}
