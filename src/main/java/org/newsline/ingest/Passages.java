package org.newsline.ingest;

import org.newsline.shared.TextSpan;

/**
 * Finds the sentence a span of article text stands in, for evidence shown to readers.
 */
final class Passages {

	private static final int MAX = 600;

	private Passages() {
	}

	static String sentenceAround(String text, TextSpan span) {
		int start = span.start();
		while (start > 0 && !boundary(text, start - 1) && span.start() - start < MAX) {
			start--;
		}
		int end = span.end();
		while (end < text.length() && !boundary(text, end - 1) && end - span.end() < MAX) {
			end++;
		}
		return text.substring(start, end).strip();
	}

	private static boolean boundary(String text, int at) {
		char c = text.charAt(at);
		if (c == '\n') {
			return true;
		}
		return (c == '.' || c == '!' || c == '?') && at + 1 < text.length()
				&& Character.isWhitespace(text.charAt(at + 1));
	}

}
