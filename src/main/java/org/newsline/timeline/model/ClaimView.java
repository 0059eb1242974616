package org.newsline.timeline.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.event.ReviewStatus;

/**
 * A claim as readers see it: who says what, where it was reported, how it is hedged, its
 * verdict with the rationale and counter-sources, and the claims on either side of it.
 */
public record ClaimView(long id, @Nullable Long speakerId, @Nullable String speakerSlug, String speaker,
		@Nullable String speakerLabel, String text, Verdict verdict, @Nullable String rationale,
		boolean verdictSuggested, List<String> hedgeCues, ReviewStatus status, @Nullable Long articleId,
		@Nullable String articleFile, @Nullable String articleTitle, @Nullable String outlet,
		@Nullable LocalDate publishedOn, @Nullable LocalDate statedOn, @Nullable String sentence,
		@Nullable Long eventId, @Nullable String eventSlug, @Nullable String eventTitle, List<Brief> disputedBy,
		List<Brief> contradicts, List<Counter> counterSources) {

	/** Said by someone named only by a label, such as "a spokesperson", not an actor. */
	public boolean labelled() {
		return this.speakerId == null;
	}

	public boolean hedged() {
		return !this.hedgeCues.isEmpty();
	}

	public boolean unreviewed() {
		return this.status == ReviewStatus.UNREVIEWED;
	}

	public boolean judged() {
		return this.verdict != Verdict.UNVERIFIED;
	}

	/** Disputed by an editor's verdict, or by another claim. */
	public boolean disputed() {
		return this.verdict.disputes() || !this.disputedBy.isEmpty();
	}

	/** Another claim, in a line: who says what, and its verdict. */
	public record Brief(long id, String speaker, String text, Verdict verdict) {
	}

	/**
	 * Evidence an editor cites with a verdict: an imported article or an external link,
	 * with a quote.
	 */
	public record Counter(@Nullable Long articleId, @Nullable String url, @Nullable String title,
			@Nullable String outlet, String quote) {
	}

}
