package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Statements attributed by a phrase rather than a verb: "according to X, ...", "...,
 * according to CNBC", "..., based on the latest report from X". The statement is the rest
 * of the sentence.
 */
final class Attributions {

	private Attributions() {
	}

	static List<FoundClaim> find(Parse parse, ClaimContext context) {
		List<FoundClaim> found = new ArrayList<>();
		for (int token = 0; token + 2 < parse.size(); token++) {
			boolean accordingTo = parse.lower(token).equals("according") && parse.lower(token + 1).equals("to");
			boolean basedOn = parse.lower(token).equals("based") && parse.lower(token + 1).equals("on");
			if (!accordingTo && !basedOn || parse.insideQuote(token)) {
				continue;
			}
			int phraseFirst = token;
			Integer source = sourceHead(parse, token + 2);
			if (source == null) {
				continue;
			}
			// The phrase runs to the next comma: "According to X, ...", "..., according
			// to X." What it attributes is the rest of the sentence.
			int phraseLast = source;
			while (phraseLast + 1 < parse.size() && !parse.lower(phraseLast + 1).equals(",")) {
				phraseLast++;
			}
			TokenRange range = (phraseFirst <= 1) ? TokenRange.trimmed(parse, phraseLast + 1, parse.size() - 1)
					: TokenRange.trimmed(parse, 0, phraseFirst - 1);
			if (range == null || range.size() < 3) {
				continue;
			}
			Speaker speaker = context.speakers.speaker(parse, source, -1);
			if (speaker != null) {
				found.add(context.claim(parse, range, speaker, ClaimStance.STATEMENT, "accord", phraseFirst));
			}
		}
		return found;
	}

	/** The head noun of the phrase that names the source, starting at a token. */
	private static @Nullable Integer sourceHead(Parse parse, int from) {
		for (int token = from; token < parse.size() && token < from + 8; token++) {
			if (parse.token(token).pos().startsWith("NN") || parse.token(token).pos().equals("PRP")) {
				int head = token;
				while (head + 1 < parse.size() && parse.token(head + 1).pos().startsWith("NN")) {
					head++;
				}
				return head;
			}
			if (parse.isVerb(token)) {
				return null;
			}
		}
		return null;
	}

}
