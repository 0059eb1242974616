package org.newsline.ingest.nlp;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * A quotation found by CoreNLP's quote annotator, marks included, with the mention its
 * attribution names as speaker (where the text says who speaks) and the speaker's
 * canonical mention (the fullest name coreference links it to), when it found them.
 */
public record Quote(TextSpan span, @Nullable TextSpan speakerMention, @Nullable String speaker,
		@Nullable TextSpan canonicalSpeakerMention) {
}
