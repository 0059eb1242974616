package org.newsline.ingest.extract;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.shared.TextSpan;

/**
 * One mention of an actor: tokens [begin, end) of a sentence, its text and kind, the
 * country it names (for a country), the title and apposition seen with it, and the
 * mention whose bracketed short form it is ("OCD" after "Office of Civil Defense").
 */
record ActorMention(int sentence, int begin, int end, String text, ActorKind kind, TextSpan span,
		@Nullable String countryName, @Nullable String title, @Nullable String apposition,
		@Nullable ActorMention shortFormOf) {

	int length() {
		return this.end - this.begin;
	}

	boolean covers(int sentence, int token) {
		return this.sentence == sentence && this.begin <= token && token < this.end;
	}

}
