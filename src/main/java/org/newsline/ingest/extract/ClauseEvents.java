package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Timex;
import org.newsline.ingest.nlp.WordNet;

/**
 * The occurrences a sentence reports besides its main one, each in a clause or an event
 * noun with a date of its own: "... the areas hardest hit by Tuesday night's magnitude
 * 6.9 earthquake", "the earthquake that jolted northern Cebu last Sept. 30", "after being
 * found guilty of falsifying business records in May 2024", "since this case was filed in
 * 2020" (a past fact stated with an absolute date counts inside a quotation too); and the
 * occurrence an "after" clause reports, dated by the clause it qualifies.
 */
final class ClauseEvents {

	/** Verbs of speech alone: the statement is a claim, not an occurrence. */
	private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "state", "claim", "write", "explain",
			"comment", "remark", "reply", "respond", "insist", "argue", "believe", "think", "suggest", "indicate",
			"stress", "mention");

	/** Reporting verbs that are acts in their own right: a ruling, an announcement. */
	private static final Set<String> ACTS = Set.of("rule", "announce", "declare");

	/**
	 * Prepositions that put an event noun's time on the clause too: "during a cabinet
	 * meeting on Wednesday, X downplayed ...".
	 */
	private static final Set<String> ALONGSIDE = Set.of("during", "amid", "at", "in", "on", "throughout", "over",
			"within");

	/** Subordinators of a clause that happened just before the one it qualifies. */
	private static final Set<String> JUST_BEFORE = Set.of("after", "following");

	private ClauseEvents() {
	}

	/**
	 * A dated occurrence of one clause or event noun of a sentence, and its date phrase.
	 */
	record Found(int unit, boolean noun, DateDraft date, @Nullable Timex timex) {
	}

	/**
	 * The clauses and event nouns of a sentence, other than the main predicate, with a
	 * date of their own; and "after" clauses of the main predicate, dated by it.
	 */
	static List<Found> find(Parse parse, int mainPredicate, @Nullable DateDraft mainDate, @Nullable LocalDate anchor) {
		Map<Integer, Found> found = new LinkedHashMap<>();
		for (Found dated : dated(parse, Set.of(mainPredicate), anchor)) {
			found.put(dated.unit(), dated);
		}
		after(parse, mainPredicate, mainDate, found);
		return new ArrayList<>(found.values());
	}

	/**
	 * The clauses and event nouns, other than the main predicate, with a date of their
	 * own.
	 */
	static List<Found> dated(Parse parse, Set<Integer> mainUnits, @Nullable LocalDate anchor) {
		Map<Integer, Found> found = new LinkedHashMap<>();
		for (Timex timex : parse.sentence.timexes()) {
			String preceding = timex.tokenBegin() > 0 ? parse.token(timex.tokenBegin() - 1).word() : null;
			String following = timex.tokenEnd() < parse.size() ? parse.token(timex.tokenEnd()).word() : null;
			DateDraft date = DateResolver.resolve(timex, preceding, following, anchor);
			if (date == null || anchor != null && date.start().isAfter(anchor)) {
				continue;
			}
			int head = EventAssembler.head(parse, timex);
			Integer unit = governingUnit(parse, head, timex);
			if (unit == null || mainUnits.contains(unit) || found.containsKey(unit)
					|| parse.insideQuote(unit) && !DateResolver.isAbsolute(timex) && !isPast(parse, unit)) {
				continue;
			}
			boolean noun = !parse.isVerb(unit);
			Integer clause = noun ? clauseOfSubject(parse, unit) : null;
			if (clause != null && !found.containsKey(clause)) {
				unit = clause;
				noun = false;
			}
			if (!noun
					&& (!isOccurrence(parse, unit)
							|| Lexicon.REPORTING_VERBS.contains(parse.lemma(unit)) && !ACTS.contains(parse.lemma(unit)))
					|| noun && !beside(parse, unit, timex)) {
				continue;
			}
			found.put(unit, new Found(unit, noun, date, timex));
		}
		return new ArrayList<>(found.values());
	}

	/** The "after" clauses of the main predicate, dated by it. */
	private static void after(Parse parse, int mainPredicate, @Nullable DateDraft mainDate, Map<Integer, Found> found) {
		if (mainPredicate >= 0 && mainDate != null) {
			for (Dependency dep : parse.children(mainPredicate)) {
				int clause = dep.dependent();
				Integer mark = Parse.is(dep, "advcl") ? parse.child(clause, "mark") : null;
				if (mark != null && JUST_BEFORE.contains(parse.lower(mark)) && parse.isVerb(clause)
						&& parse.subject(clause) != null && !found.containsKey(clause) && isOccurrence(parse, clause)) {
					found
						.put(clause,
								new Found(
										clause, false, new DateDraft(mainDate.start(), mainDate.end(),
												mainDate.precision(), true, mainDate.phrase(), mainDate.anchor()),
										null));
				}
			}
		}
	}

	/**
	 * What a date dates: the nearest verb above it, or an event noun ("Tuesday night's
	 * earthquake", "the 2023 election") it modifies on the way.
	 */
	private static @Nullable Integer governingUnit(Parse parse, int head, Timex timex) {
		int current = head;
		for (int steps = 0; steps < 6; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return null;
			}
			current = up.governor();
			if (current >= timex.tokenBegin() && current < timex.tokenEnd()) {
				continue;
			}
			if (parse.isVerb(current) && headsOccurrence(parse, current)) {
				return current;
			}
			String pos = parse.token(current).pos();
			if ((pos.equals("NN") || pos.equals("NNS"))
					&& WordNet.kindsOf(parse.lemma(current)).contains(WordNet.Kind.EVENT)
					&& !WordNet.kindsOf(parse.lemma(current)).contains(WordNet.Kind.PERSON)) {
				return current;
			}
		}
		return null;
	}

	/**
	 * A clause that reports something that happened: not a plan or a possibility (a
	 * modal), not a denial of it, not mere speech.
	 */
	static boolean isOccurrence(Parse parse, int clause) {
		return !parse.hasModal(clause) && !parse.isNegated(clause) && !SPEECH.contains(parse.lemma(clause));
	}

	private static boolean isPast(Parse parse, int verb) {
		String pos = parse.token(verb).pos();
		return pos.equals("VBD") || pos.equals("VBN") && parse.child(verb, "aux") != null;
	}

	/**
	 * Whether a date stands right beside an event noun ("Tuesday night's earthquake",
	 * "the earthquake on Tuesday"), where the parser's attachment can be trusted; further
	 * off it may date the clause instead ("... in the aftermath of the earthquake in
	 * northern Cebu on Oct. 2").
	 */
	private static boolean beside(Parse parse, int noun, Timex timex) {
		Integer preposition = parse.child(noun, "case");
		if (preposition != null && ALONGSIDE.contains(parse.lower(preposition))) {
			return false;
		}
		return timex.tokenEnd() <= noun && noun - timex.tokenEnd() <= 3
				|| timex.tokenBegin() > noun && timex.tokenBegin() - noun <= 2;
	}

	/**
	 * A verb that can head a dated occurrence: finite, a participle, or a gerund with an
	 * auxiliary; an infinitive ("to sell") or a bare gerund ("falsifying records") leaves
	 * the date to the verb above it.
	 */
	private static boolean headsOccurrence(Parse parse, int verb) {
		String pos = parse.token(verb).pos();
		Integer mark = parse.child(verb, "mark");
		boolean infinitive = mark != null && parse.lower(mark).equals("to");
		return !pos.equals("VB") && !infinitive && (!pos.equals("VBG") || parse.child(verb, "aux") != null);
	}

	/**
	 * The clause an event noun is the subject of, when that clause has no date of its
	 * own: "his 2024 campaign was boosted by ..." is the occurrence.
	 */
	private static @Nullable Integer clauseOfSubject(Parse parse, int noun) {
		Dependency up = parse.parent(noun);
		if (up == null || !Parse.is(up, "nsubj") || !parse.isVerb(up.governor())
				|| !headsOccurrence(parse, up.governor())) {
			return null;
		}
		return up.governor();
	}

	/** The tokens an event of a clause or noun involves: its phrase and its subject's. */
	static BitSet scope(Parse parse, int unit) {
		BitSet scope = parse.subtree(unit);
		Integer subject = parse.subject(unit);
		if (subject != null) {
			scope.or(parse.subtree(subject));
		}
		return scope;
	}

}
