package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;

/**
 * Statements named by a noun: "a claim that most patients were there only for
 * quarantine", "accusations that her party illegally used ...", "his warning that ...",
 * and "X made unsubstantiated claims of an imminent attack". The speaker is the noun's
 * owner ("his claim", "a claim by X"), else the subject of the clause it belongs to ("He
 * appeared to misstate a number of facts, including a claim that ..."), else the noun
 * phrase itself ("accusations").
 */
final class NominalClaims {

	private static final Set<String> STATEMENT_NOUNS = WordList.words("statement-nouns.txt");

	private NominalClaims() {
	}

	static List<FoundClaim> find(Parse parse, ClaimContext context) {
		List<FoundClaim> found = new ArrayList<>();
		for (int noun = 0; noun < parse.size(); noun++) {
			if (!parse.token(noun).pos().startsWith("NN") || !STATEMENT_NOUNS.contains(parse.lemma(noun))
					|| parse.insideQuote(noun)) {
				continue;
			}
			Integer clause = thatClause(parse, noun);
			Integer emerging = emergingVerb(parse, noun);
			if (clause == null && emerging != null) {
				clause = parse.child(emerging, "ccomp");
			}
			TokenRange range;
			if (clause != null) {
				BitSet tokens = parse.subtree(clause);
				range = TokenRange.trimmed(parse, tokens.nextSetBit(noun + 1), tokens.length() - 1);
			}
			else {
				range = madeClaim(parse, noun);
			}
			if (range == null || range.size() < 3) {
				continue;
			}
			Speaker speaker = (emerging != null) ? credited(parse, emerging, noun, context)
					: speaker(parse, noun, context);
			if (speaker != null) {
				found.add(context.claim(parse, range, speaker, ClaimStance.STATEMENT, parse.lemma(noun), -1));
			}
		}
		return found;
	}

	/** Verbs by which reports become known: "Reports emerged that ...". */
	private static final Set<String> EMERGING = Set.of("emerge", "surface", "circulate", "spread", "appear");

	/** "Reports emerged (X) that ...": the verb whose subject the statement noun is. */
	private static @Nullable Integer emergingVerb(Parse parse, int noun) {
		Dependency up = parse.parent(noun);
		return (up != null && Parse.is(up, "nsubj") && EMERGING.contains(parse.lemma(up.governor()))
				&& parse.child(up.governor(), "ccomp") != null) ? up.governor() : null;
	}

	/**
	 * The source credited in brackets beside such reports ("Reports emerged (The New York
	 * Times) that ..."), else the reports themselves.
	 */
	private static Speaker credited(Parse parse, int verb, int noun, ClaimContext context) {
		for (int token = noun + 1; token < parse.size() && token <= verb + 8; token++) {
			if (parse.token(token).word().equals("(")) {
				for (int inside = token + 1; inside < parse.size()
						&& !parse.token(inside).word().equals(")"); inside++) {
					String key = context.actors.referentAt(parse.sentence.index(), inside);
					if (key != null) {
						return Speaker.actor(key);
					}
				}
			}
		}
		return Speaker.labelled(parse.text(noun, noun));
	}

	/**
	 * A subject that can make a statement: one of the actors, a pronoun standing for one,
	 * or a person or body by WordNet; not "the case, which involved accusations ...".
	 */
	private static boolean isAgent(Parse parse, int subject, ClaimContext context) {
		if (context.actors.referentAt(parse.sentence.index(), subject) != null
				|| Lexicon.PERSON_PRONOUNS.contains(parse.lower(subject))) {
			return true;
		}
		java.util.Set<org.newsline.ingest.nlp.WordNet.Kind> kinds = org.newsline.ingest.nlp.WordNet
			.firstSenseKinds(parse.lemma(subject));
		return kinds.contains(org.newsline.ingest.nlp.WordNet.Kind.PERSON)
				|| kinds.contains(org.newsline.ingest.nlp.WordNet.Kind.ORGANIZATION);
	}

	/** The "that" clause a statement noun carries, if any. */
	private static @Nullable Integer thatClause(Parse parse, int noun) {
		for (Dependency dep : parse.children(noun)) {
			int clause = dep.dependent();
			if ((Parse.is(dep, "acl") || Parse.is(dep, "ccomp")) && clause > noun && parse.isVerb(clause)) {
				Integer mark = parse.child(clause, "mark");
				if (mark != null && parse.lower(mark).equals("that")) {
					return clause;
				}
			}
		}
		return null;
	}

	/**
	 * "X made unsubstantiated claims at the UN of an imminent attack": the noun put
	 * forward by a claim-making verb, and the rest of its clause.
	 */
	private static @Nullable TokenRange madeClaim(Parse parse, int noun) {
		Dependency up = parse.parent(noun);
		if (up == null || !Parse.is(up, "obj") || !Lexicon.CLAIM_MAKING_VERBS.contains(parse.lemma(up.governor()))
				|| !Lexicon.CLAIM_NOUNS.contains(parse.lemma(noun)) || parse.isNegated(up.governor())) {
			return null;
		}
		int verb = up.governor();
		Integer subject = parse.child(verb, "nsubj");
		BitSet clause = parse.subtree(verb, (subject != null) ? parse.subtree(subject) : new BitSet());
		return TokenRange.trimmed(parse, parse.subtree(noun).nextSetBit(0), clause.length() - 1);
	}

	private static @Nullable Speaker speaker(Parse parse, int noun, ClaimContext context) {
		for (Dependency dep : parse.children(noun)) {
			String relation = dep.relation();
			if (relation.equals("nmod:poss") || relation.equals("nmod:by") || relation.equals("nmod:from")) {
				return context.speakers.speaker(parse, dep.dependent(), -1);
			}
		}
		int current = noun;
		for (int steps = 0; steps < 5; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				break;
			}
			current = up.governor();
			if (ReportedSpeech.rejects(parse, current)) {
				// "X denied reports that ...": the reports are not X's.
				break;
			}
			Integer subject = parse.isVerb(current) ? parse.child(current, "nsubj") : null;
			if (subject != null && !parse.insideQuote(current) && !Parse.is(up, "nsubj")
					&& isAgent(parse, subject, context)) {
				return context.speakers.speaker(parse, subject, current);
			}
			if (parse.isVerb(current) && ReportedSpeech.speakerHead(parse, current) != null
					&& isAgent(parse, ReportedSpeech.speakerHead(parse, current), context)) {
				return context.speakers.speaker(parse, ReportedSpeech.speakerHead(parse, current), current);
			}
		}
		Integer determiner = parse.child(noun, "det");
		if (determiner != null && !parse.lower(determiner).equals("a") && !parse.lower(determiner).equals("an")) {
			return null;
		}
		return Speaker.labelled(parse.text(noun, noun));
	}

}
