package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * A statement found in an article, before it becomes a {@link ClaimDraft}: who makes it,
 * where, how (a plain statement, a denial, a rejection of another's statement, a
 * criticism, a demand), the actors its words name, and the earlier statements it
 * contradicts.
 *
 * @param speaker who makes it; null while it waits for a following sentence to name its
 * source ("X is reported to have ...")
 * @param sentence the sentence it starts in
 * @param span its text in the article
 * @param frameStart where the attribution ("X said") starts in the sentence, or -1
 * @param verb the lemma of the verb that attributes it, or of the noun that names it
 * @param affiliations the actors named in the speaker's phrase besides the speaker
 */
record FoundClaim(@Nullable Speaker speaker, int sentence, TextSpan span, String text, String sentenceText,
		ClaimStance stance, String verb, int frameStart, Set<String> actorKeys, List<String> hedgeCues,
		List<Integer> contradicts, Set<String> affiliations) {

	FoundClaim {
		actorKeys = Set.copyOf(actorKeys);
		hedgeCues = List.copyOf(hedgeCues);
		contradicts = new ArrayList<>(contradicts);
		affiliations = Set.copyOf(affiliations);
	}

	FoundClaim withSpeaker(Speaker speaker) {
		return new FoundClaim(speaker, this.sentence, this.span, this.text, this.sentenceText, this.stance, this.verb,
				this.frameStart, this.actorKeys, this.hedgeCues, this.contradicts, this.affiliations);
	}

	/**
	 * The statement with the actors its speaker is named with ("Google vice president ...
	 * Lee-Anne Mulholland" speaks for Google).
	 */
	FoundClaim withAffiliations(Set<String> affiliations) {
		return new FoundClaim(this.speaker, this.sentence, this.span, this.text, this.sentenceText, this.stance,
				this.verb, this.frameStart, this.actorKeys, this.hedgeCues, this.contradicts, affiliations);
	}

	/** Whether the statement speaks for an actor: by it, or by someone named with it. */
	boolean speaksFor(String actorKey) {
		return this.speaker != null && actorKey.equals(this.speaker.actorKey()) || this.affiliations.contains(actorKey);
	}

	boolean contradicts(int index) {
		return this.contradicts.contains(index);
	}

	void contradict(int index) {
		if (!this.contradicts.contains(index)) {
			this.contradicts.add(index);
		}
	}

	boolean overlaps(TextSpan other) {
		return this.span.start() < other.end() && other.start() < this.span.end();
	}

}
