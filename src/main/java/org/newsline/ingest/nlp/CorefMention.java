package org.newsline.ingest.nlp;

import org.newsline.shared.TextSpan;

/**
 * One mention of a coreference chain: tokens [tokenBegin, tokenEnd) of a sentence, its
 * head token, and what CoreNLP says of it (type PROPER, NOMINAL, PRONOMINAL or LIST;
 * gender, number and animacy as CoreNLP names them).
 */
public record CorefMention(int sentence, int tokenBegin, int tokenEnd, int head, String type, String gender,
		String number, String animacy, TextSpan span) {

	public boolean isPronoun() {
		return "PRONOMINAL".equals(this.type);
	}

	public boolean isProper() {
		return "PROPER".equals(this.type);
	}

}
