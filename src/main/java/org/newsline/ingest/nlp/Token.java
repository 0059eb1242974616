package org.newsline.ingest.nlp;

import org.newsline.shared.TextSpan;

/**
 * One token: its 0-based index in the sentence, surface form, lemma, part of speech,
 * fine-grained named-entity tag ("O" when none) and character span.
 */
public record Token(int index, String word, String lemma, String pos, String ner, TextSpan span) {
}
