package org.newsline.curation;

import org.jspecify.annotations.Nullable;

/**
 * An editor's version of a claim: its text, its speaker (an existing actor by id, or a
 * label such as "an unnamed official") and the event it is about.
 */
public record EditClaim(String text, @Nullable Long speakerId, @Nullable String speakerLabel, @Nullable Long eventId,
		long version) {
}
