package org.newsline.ingest.nlp;

import java.util.List;

/**
 * A text annotated by CoreNLP: its sentences, coreference chains and quotations, the
 * number of tokens seen, and how many times an over-long passage without a sentence break
 * was cut before annotation.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<CorefChain> corefChains, List<Quote> quotes,
		int tokenCount, int brokenRuns) {

	public AnnotatedText {
		sentences = List.copyOf(sentences);
		corefChains = List.copyOf(corefChains);
		quotes = List.copyOf(quotes);
	}

	/** A text annotated without coreference chains or quotations. */
	public AnnotatedText(String text, List<Sentence> sentences, int tokenCount, int brokenRuns) {
		this(text, sentences, List.of(), List.of(), tokenCount, brokenRuns);
	}

}
