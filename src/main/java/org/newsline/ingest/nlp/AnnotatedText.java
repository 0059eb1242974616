package org.newsline.ingest.nlp;

import java.util.List;

/**
 * A text annotated by CoreNLP: its sentences and the number of tokens seen.
 */
public record AnnotatedText(String text, List<Sentence> sentences, int tokenCount) {

	public AnnotatedText {
		sentences = List.copyOf(sentences);
	}

}
