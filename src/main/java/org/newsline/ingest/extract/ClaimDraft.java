package org.newsline.ingest.extract;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * An attributed statement: who says it (an actor key or a label), what is claimed, the
 * hedging cues in it, the event it is about, how it stands to others (a statement, a
 * denial, a rejection, ...) and the earlier claims of the article it contradicts.
 */
public record ClaimDraft(@Nullable String speakerActorKey, @Nullable String speakerLabel, String text,
		List<String> hedgeCues, TextSpan span, String sentence, @Nullable Integer eventIndex, @Nullable DateDraft date,
		ClaimStance stance, List<Integer> contradicts) {

	public ClaimDraft {
		if ((speakerActorKey == null) == (speakerLabel == null)) {
			throw new IllegalArgumentException("A claim needs exactly one of a speaker actor and a speaker label");
		}
		hedgeCues = List.copyOf(hedgeCues);
		contradicts = List.copyOf(contradicts);
	}

}
