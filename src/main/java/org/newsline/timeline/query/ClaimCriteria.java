package org.newsline.timeline.query;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;

/**
 * Which visible claims a reader asks for: any combination of one claim, the claims about
 * an event, those of a speaker (by actor id or slug) and those of a verdict; null means
 * any.
 */
record ClaimCriteria(@Nullable Long id, @Nullable Long eventId, @Nullable Long speakerId, @Nullable String speakerSlug,
		@Nullable Verdict verdict) {

	static final ClaimCriteria ALL = new ClaimCriteria(null, null, null, null, null);

	static ClaimCriteria claim(long id) {
		return new ClaimCriteria(id, null, null, null, null);
	}

	static ClaimCriteria aboutEvent(long eventId) {
		return new ClaimCriteria(null, eventId, null, null, null);
	}

	static ClaimCriteria bySpeaker(long speakerId) {
		return new ClaimCriteria(null, null, speakerId, null, null);
	}

	/**
	 * Claims of a verdict and a speaker's slug, each optional, as the claims page filters
	 * them.
	 */
	static ClaimCriteria of(@Nullable Verdict verdict, @Nullable String speakerSlug) {
		return new ClaimCriteria(null, null, null, speakerSlug, verdict);
	}

}
