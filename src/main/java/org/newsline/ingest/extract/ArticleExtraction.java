package org.newsline.ingest.extract;

import java.util.List;

/**
 * Everything drafted from one article: actors, events, claims, plus the token count and
 * notes on what was skipped.
 */
public record ArticleExtraction(List<ActorDraft> actors, List<EventDraft> events, List<ClaimDraft> claims,
		int tokenCount, List<String> notes) {

	public ArticleExtraction {
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		claims = List.copyOf(claims);
		notes = List.copyOf(notes);
	}

}
