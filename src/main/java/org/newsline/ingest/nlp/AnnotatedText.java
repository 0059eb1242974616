package org.newsline.ingest.nlp;

import java.util.List;

/**
 * A text annotated by CoreNLP: its sentences, the number of tokens seen, and how many
 * times an over-long passage without a sentence break was cut before annotation.
 */
public record AnnotatedText(String text, List<Sentence> sentences, int tokenCount, int brokenRuns) {

	public AnnotatedText {
		sentences = List.copyOf(sentences);
	}

}
