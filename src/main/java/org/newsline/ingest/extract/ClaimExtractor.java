package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Quote;

/**
 * Finds the attributed statements of an article, sentence by sentence, with each pattern
 * in a class of its own: reported speech ({@link ReportedSpeech}), attributing phrases
 * ({@link Attributions}), statement nouns ({@link NominalClaims}), findings of polls and
 * reports ({@link SourceFindings}), passive reports ({@link PassiveReports}) and direct
 * quotations ({@link QuotedSpeech}); then links those that answer each other
 * ({@link ArticleDisputes}).
 */
final class ClaimExtractor {

	private ClaimExtractor() {
	}

	static List<ClaimDraft> extract(List<Parse> parses, Actors actors, EventAssembler.Assembled events,
			List<Integer> paragraphs, @Nullable LocalDate anchor, List<Quote> quotes) {
		ClaimContext context = new ClaimContext(parses, actors, events, paragraphs, anchor);
		List<FoundClaim> found = new ArrayList<>();
		for (Parse parse : parses) {
			context.speakers.enter(parse);
			int firstOfSentence = found.size();
			found.addAll(ReportedSpeech.find(parse, context));
			found.addAll(Attributions.find(parse, context));
			found.addAll(NominalClaims.find(parse, context));
			found.addAll(SourceFindings.find(parse, context));
			PassiveReports.resolve(found, firstOfSentence, parse.sentence.index());
			found.addAll(PassiveReports.find(parse, context));
			found.addAll(QuotedSpeech.find(parse.sentence.index(), quotes, found, context));
			context.speakers.leave(parse);
		}
		PassiveReports.resolve(found, found.size(), -1);
		List<FoundClaim> claims = distinct(found);
		ArticleDisputes.link(claims);
		List<ClaimDraft> drafts = new ArrayList<>();
		for (FoundClaim claim : claims) {
			Speaker speaker = Objects.requireNonNull(claim.speaker());
			Parse parse = parses.get(claim.sentence());
			drafts.add(new ClaimDraft(speaker.actorKey(), speaker.label(), claim.text(), claim.hedgeCues(),
					claim.span(), claim.sentenceText(), context.eventIndex(claim.sentence()),
					context.date(parse, verbToken(parse, claim)), claim.stance(), claim.contradicts()));
		}
		return drafts;
	}

	/**
	 * The statements in text order, without repeats: the same words from the same
	 * speaker, or a statement inside a longer one from the same speaker.
	 */
	private static List<FoundClaim> distinct(List<FoundClaim> found) {
		List<FoundClaim> ordered = new ArrayList<>(found);
		ordered.removeIf((claim) -> claim.speaker() == null || claim.text().isBlank());
		ordered.sort(Comparator.comparingInt((FoundClaim claim) -> claim.span().start())
			.thenComparing(Comparator.comparingInt((FoundClaim claim) -> claim.span().length()).reversed()));
		List<FoundClaim> kept = new ArrayList<>();
		for (FoundClaim claim : ordered) {
			boolean repeat = false;
			for (FoundClaim other : kept) {
				boolean sameWords = other.text().equals(claim.text()) && other.stance() == claim.stance();
				if (other.speaker().sameAs(claim.speaker()) && (sameWords || other.span().contains(claim.span())
						&& (other.stance() == claim.stance() || claim.stance() == ClaimStance.STATEMENT))) {
					repeat = true;
					break;
				}
			}
			if (!repeat) {
				kept.add(claim);
			}
		}
		return kept;
	}

	private static int verbToken(Parse parse, FoundClaim claim) {
		for (int token = 0; token < parse.size(); token++) {
			if (parse.lemma(token).equals(claim.verb()) && parse.isVerb(token)) {
				return token;
			}
		}
		return -1;
	}

}
