package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Quote;
import org.newsline.shared.TextSpan;

/**
 * Direct quotations that CoreNLP's quote attribution gives a speaker, including those
 * whose speaker is named in another sentence or only by a pronoun, and quotations that
 * run over several sentences. A short quotation inside a longer sentence (a scare quote)
 * is not a statement of its own, nor is a quotation already read as reported speech.
 */
final class QuotedSpeech {

	private static final int MIN_WORDS = 4;

	private QuotedSpeech() {
	}

	/**
	 * The quotations whose attribution lies in the given sentence, read when the reading
	 * reaches it so that "he" stands for the person last named there. A quotation the
	 * annotator gives no speaker, right after a statement, continues that statement's
	 * speaker.
	 */
	static List<FoundClaim> find(int sentence, List<Quote> quotes, List<FoundClaim> found, ClaimContext context) {
		List<FoundClaim> added = new ArrayList<>();
		for (Quote quote : quotes) {
			TextSpan inner = inner(context, quote.span());
			if (inner == null || attributionSentence(context, quote, inner) != sentence) {
				continue;
			}
			int first = context.sentenceAt(inner.start());
			if (first < 0 || wordCount(context, inner) < MIN_WORDS || covered(found, inner) || covered(added, inner)) {
				continue;
			}
			Speaker speaker = speaker(context, quote.speakerMention());
			if (speaker == null) {
				speaker = speaker(context, quote.canonicalSpeakerMention());
			}
			if (speaker == null && quote.speakerMention() == null && quote.canonicalSpeakerMention() == null) {
				speaker = previousSpeaker(found, first);
			}
			if (speaker != null) {
				added
					.add(context.claim(inner, first, speaker).withAffiliations(affiliations(found, speaker, sentence)));
			}
		}
		return added;
	}

	private static int attributionSentence(ClaimContext context, Quote quote, TextSpan inner) {
		TextSpan mention = (quote.speakerMention() != null) ? quote.speakerMention() : quote.canonicalSpeakerMention();
		int sentence = (mention != null) ? context.sentenceAt(mention.start()) : -1;
		return (sentence >= 0) ? sentence : context.sentenceAt(Math.max(inner.start(), inner.end() - 1));
	}

	/**
	 * The actors a reported statement of the same speaker in the sentence names it with.
	 */
	private static java.util.Set<String> affiliations(List<FoundClaim> found, Speaker speaker, int sentence) {
		for (FoundClaim claim : found) {
			if (claim.sentence() == sentence && claim.speaker() != null && claim.speaker().sameAs(speaker)) {
				return claim.affiliations();
			}
		}
		return java.util.Set.of();
	}

	private static @Nullable Speaker previousSpeaker(List<FoundClaim> found, int sentence) {
		for (int i = found.size() - 1; i >= 0; i--) {
			FoundClaim claim = found.get(i);
			if (claim.sentence() < sentence - 1) {
				return null;
			}
			if (claim.speaker() != null && claim.sentence() <= sentence) {
				return claim.speaker();
			}
		}
		return null;
	}

	/** The quotation without its marks and the punctuation just inside them. */
	private static @Nullable TextSpan inner(ClaimContext context, TextSpan span) {
		String text = context.text();
		int start = span.start();
		int end = span.end();
		while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
				&& ".!?)".indexOf(text.charAt(end - 1)) < 0) {
			end--;
		}
		return (end - start >= 2) ? new TextSpan(start, end) : null;
	}

	private static int wordCount(ClaimContext context, TextSpan span) {
		return context.text().substring(span.start(), span.end()).split("\\s+").length;
	}

	private static boolean covered(List<FoundClaim> claims, TextSpan quote) {
		for (FoundClaim claim : claims) {
			int overlap = Math.min(claim.span().end(), quote.end()) - Math.max(claim.span().start(), quote.start());
			if (overlap * 2 >= quote.length()) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Speaker speaker(ClaimContext context, @Nullable TextSpan mention) {
		if (mention == null) {
			return null;
		}
		int sentence = context.sentenceAt(mention.start());
		if (sentence < 0) {
			return null;
		}
		Parse parse = context.parses.get(sentence);
		Integer head = null;
		for (int token = 0; token < parse.size(); token++) {
			TextSpan span = parse.token(token).span();
			if (span.start() >= mention.start() && span.end() <= mention.end()) {
				Dependency up = parse.parent(token);
				boolean outside = up == null || parse.token(up.governor()).span().start() < mention.start()
						|| parse.token(up.governor()).span().end() > mention.end();
				if (head == null || outside) {
					head = token;
				}
			}
		}
		return (head != null) ? context.speakers.speaker(parse, head, -1) : null;
	}

}
