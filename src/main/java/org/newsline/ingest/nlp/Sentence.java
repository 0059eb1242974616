package org.newsline.ingest.nlp;

import java.util.List;

import org.newsline.shared.TextSpan;

/**
 * One sentence with its tokens, enhanced++ dependencies, named-entity mentions and
 * normalized time expressions; token indexes are 0-based within the sentence.
 */
public record Sentence(int index, TextSpan span, List<Token> tokens, List<Dependency> deps, List<Mention> mentions,
		List<Timex> timexes) {

	public Sentence {
		tokens = List.copyOf(tokens);
		deps = List.copyOf(deps);
		mentions = List.copyOf(mentions);
		timexes = List.copyOf(timexes);
	}

}
