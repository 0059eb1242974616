package org.newsline.ingest.extract;

import java.util.List;

/**
 * Everything drafted from one article: actors, events, claims, plus the token count and
 * notes on what was skipped.
 *
 * @param analysedCharacters how much of the text was analysed, from its start
 * @param brokenRuns how many over-long passages without a sentence break were cut into
 * pieces before analysis
 */
public record ArticleExtraction(List<ActorDraft> actors, List<EventDraft> events, List<ClaimDraft> claims,
		int tokenCount, int analysedCharacters, int brokenRuns, List<String> notes) {

	public ArticleExtraction {
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		claims = List.copyOf(claims);
		notes = List.copyOf(notes);
	}

}
