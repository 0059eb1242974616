package org.newsline.ingest.nlp;

import java.util.List;

/**
 * Mentions that CoreNLP's coreference resolution found to name the same thing, in text
 * order, with the index of the one it takes as representative.
 */
public record CorefChain(List<CorefMention> mentions, int representative) {

	public CorefChain {
		mentions = List.copyOf(mentions);
		if (representative < 0 || representative >= mentions.size()) {
			throw new IllegalArgumentException("The representative must be one of the mentions");
		}
	}

}
