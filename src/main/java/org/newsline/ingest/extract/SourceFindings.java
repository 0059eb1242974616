package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.newsline.ingest.nlp.Dependency;

/**
 * Figures and findings stated by a source that is a document or a count, with a verb that
 * is not itself a reporting verb: "Opinion polls put his party at around 20%", "a report
 * from the council showed four fatalities were subtracted". The speaker is whose source
 * it is, else the source itself ("Opinion polls").
 */
final class SourceFindings {

	private static final Set<String> SOURCE_NOUNS = WordList.words("source-nouns.txt");

	private static final Set<String> FINDING_VERBS = WordList.words("finding-verbs.txt");

	private SourceFindings() {
	}

	static List<FoundClaim> find(Parse parse, ClaimContext context) {
		List<FoundClaim> found = new ArrayList<>();
		for (int verb = 0; verb < parse.size(); verb++) {
			if (!parse.isVerb(verb) || !FINDING_VERBS.contains(parse.lemma(verb)) || parse.insideQuote(verb)
					|| parse.isNegated(verb) || ReportedSpeech.isReportingVerb(parse.lemma(verb))) {
				continue;
			}
			Integer subject = parse.child(verb, "nsubj");
			if (subject == null || !SOURCE_NOUNS.contains(parse.lemma(subject))) {
				continue;
			}
			BitSet clause = parse.subtree(verb);
			Integer content = null;
			for (Dependency dep : parse.children(verb)) {
				if ((Parse.is(dep, "ccomp") || Parse.is(dep, "parataxis")) && dep.dependent() > verb) {
					content = dep.dependent();
				}
			}
			TokenRange range = (content != null)
					? TokenRange.trimmed(parse, parse.subtree(content).nextSetBit(verb + 1), clause.length() - 1)
					: TokenRange.trimmed(parse, clause.nextSetBit(0), clause.length() - 1);
			Speaker speaker = (range != null) ? context.speakers.speaker(parse, subject, verb) : null;
			if (speaker != null) {
				found.add(context.claim(parse, range, speaker, ClaimStance.STATEMENT, parse.lemma(verb),
						clause.nextSetBit(0)));
			}
		}
		return found;
	}

}
