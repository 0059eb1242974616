package org.newsline.ingest.nlp;

import org.newsline.shared.TextSpan;

/**
 * A named-entity mention: consecutive tokens [tokenBegin, tokenEnd) of one NER type.
 */
public record Mention(String text, String nerType, TextSpan span, int tokenBegin, int tokenEnd) {
}
