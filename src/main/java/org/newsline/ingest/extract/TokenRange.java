package org.newsline.ingest.extract;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * Tokens [first, last] of one sentence, both included.
 */
record TokenRange(int first, int last) {

	TokenRange {
		if (first < 0 || last < first) {
			throw new IllegalArgumentException("Invalid token range [" + first + ", " + last + "]");
		}
	}

	/**
	 * The range without leading and trailing punctuation and without a leading
	 * complementizer ("that", "whether"); null when nothing is left.
	 */
	static @Nullable TokenRange trimmed(Parse parse, int first, int last) {
		int from = Math.max(0, first);
		int to = Math.min(parse.size() - 1, last);
		while (from <= to && (parse.isPunctuation(from) && !isOpeningQuote(parse, from, to)
				|| isComplementizer(parse, from, to) || parse.token(from).pos().equals("CC") && from == first)) {
			from++;
		}
		while (to >= from && parse.isPunctuation(to) && !isClosingQuote(parse, from, to)) {
			to--;
		}
		if (from < to && parse.isOpeningQuote(from) && parse.isClosingQuote(to) && quoteMarks(parse, from, to) == 2) {
			// A statement that is one quotation: its words, without the marks.
			return trimmed(parse, from + 1, to - 1);
		}
		return from <= to ? new TokenRange(from, to) : null;
	}

	/**
	 * "that" or "whether" opening a reported clause, however the tagger tagged it: "that
	 * ferries would resume", not "that is what he said".
	 */
	private static boolean isComplementizer(Parse parse, int token, int to) {
		String word = parse.lower(token);
		if (word.equals("whether")) {
			return true;
		}
		if (!word.equals("that") || token + 1 > to) {
			return false;
		}
		String next = parse.token(token + 1).pos();
		return parse.token(token).pos().equals("IN")
				|| !next.startsWith("VB") && !next.equals("MD") && !parse.isPunctuation(token + 1);
	}

	// A quotation mark stays when the range holds its partner: “not unusual.”
	private static boolean isOpeningQuote(Parse parse, int from, int to) {
		if (!parse.isOpeningQuote(from)) {
			return false;
		}
		for (int token = from + 1; token <= to; token++) {
			if (parse.isClosingQuote(token)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isClosingQuote(Parse parse, int from, int to) {
		if (!parse.isClosingQuote(to)) {
			return false;
		}
		for (int token = from; token < to; token++) {
			if (parse.isOpeningQuote(token)) {
				return true;
			}
		}
		return false;
	}

	private static int quoteMarks(Parse parse, int from, int to) {
		int marks = 0;
		for (int token = from; token <= to; token++) {
			if (parse.isOpeningQuote(token) || parse.isClosingQuote(token)) {
				marks++;
			}
		}
		return marks;
	}

	boolean contains(int token) {
		return this.first <= token && token <= this.last;
	}

	boolean overlaps(TokenRange other) {
		return this.first <= other.last && other.first <= this.last;
	}

	int size() {
		return this.last - this.first + 1;
	}

	String text(Parse parse) {
		return parse.text(this.first, this.last);
	}

	TextSpan span(Parse parse) {
		return parse.span(this.first, this.last);
	}

}
