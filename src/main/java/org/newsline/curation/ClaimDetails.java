package org.newsline.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.event.ReviewStatus;

/**
 * A claim as the desk shows it, with its evidence, counter-sources and contradictions.
 */
public record ClaimDetails(long id, String text, @Nullable Long speakerId, String speakerName,
		@Nullable String speakerLabel, @Nullable Long eventId, @Nullable String eventTitle, Verdict verdict,
		@Nullable String rationale, boolean verdictSuggested, ReviewStatus status, List<String> hedgeCues, long version,
		@Nullable Passage evidence, List<Counter> counterSources, List<Linked> contradicts) {

	/** A counter-source cited with the verdict. */
	public record Counter(long id, String source, String quote) {
	}

	/** A claim this one contradicts. */
	public record Linked(long id, String speaker, String text) {
	}

}
