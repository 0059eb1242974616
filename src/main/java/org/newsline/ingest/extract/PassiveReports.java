package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.newsline.ingest.nlp.Dependency;

/**
 * "X is reported to have called off Y": a statement whose source the sentence does not
 * name. News style often names it in the next sentence ("An official told Reuters ..."),
 * so it waits for that sentence before it settles for "unattributed reports".
 */
final class PassiveReports {

	private PassiveReports() {
	}

	/** The passive reports of a sentence, their speaker still to be found (null). */
	static List<FoundClaim> find(Parse parse, ClaimContext context) {
		List<FoundClaim> found = new ArrayList<>();
		for (int verb = 0; verb < parse.size(); verb++) {
			if (!parse.isVerb(verb) || !Lexicon.PASSIVE_REPORTING_VERBS.contains(parse.lemma(verb))
					|| parse.insideQuote(verb) || parse.isNegated(verb) || parse.child(verb, "obl:agent") != null) {
				continue;
			}
			Integer subject = null;
			for (Dependency dep : parse.children(verb)) {
				if (dep.relation().startsWith("nsubj:pass") && !dep.relation().contains("xsubj")) {
					subject = dep.dependent();
				}
			}
			Integer complement = parse.child(verb, "xcomp");
			if (subject == null || complement == null || !parse.isVerb(complement)) {
				continue;
			}
			TokenRange range = TokenRange.trimmed(parse, parse.subtree(subject).nextSetBit(0),
					parse.subtree(complement).length() - 1);
			if (range != null) {
				found.add(context.claim(parse, range, null, ClaimStance.STATEMENT, parse.lemma(verb), -1));
			}
		}
		return found;
	}

	/**
	 * Gives the waiting reports of the previous sentence the speaker of a statement in
	 * this one that names one of the same actors; older ones settle for an unnamed
	 * source.
	 */
	static void resolve(List<FoundClaim> found, int firstOfSentence, int sentence) {
		for (int i = 0; i < firstOfSentence; i++) {
			FoundClaim pending = found.get(i);
			if (pending.speaker() != null) {
				continue;
			}
			Speaker source = null;
			if (pending.sentence() == sentence - 1) {
				for (int j = firstOfSentence; j < found.size() && source == null; j++) {
					FoundClaim candidate = found.get(j);
					if (candidate.speaker() != null
							&& candidate.actorKeys().stream().anyMatch(pending.actorKeys()::contains)) {
						source = candidate.speaker();
					}
				}
			}
			found.set(i, pending.withSpeaker((source != null) ? source : Speaker.labelled(Lexicon.UNNAMED_REPORTS)));
		}
	}

}
