package org.newsline.ingest.extract;

import java.util.List;

import org.newsline.shared.TextSpan;

/**
 * A dated occurrence reported by one article, with its participants and the sentence(s)
 * that report it.
 */
public record EventDraft(String title, String summary, DateDraft date, List<Participant> participants, TextSpan span,
		String sentence, List<TextSpan> otherSpans) {

	public EventDraft {
		participants = List.copyOf(participants);
		otherSpans = List.copyOf(otherSpans);
	}

}
