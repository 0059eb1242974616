package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;

/**
 * Finds attributed statements: "X said (that) ...", "..., X added", "X stated, “...”", "X
 * touted Y", quotes with a speaker, "according to X, ...", "X made claims of ...",
 * passive reports ("X is reported to have done Y", whose source a following sentence may
 * name), and rejections ("Y rejected this claim"), linked to the claim they reject.
 */
final class ClaimExtractor {

	private ClaimExtractor() {
	}

	private record Speaker(@Nullable String actorKey, @Nullable String label) {
	}

	/**
	 * A claim with the sentence it came from, the actors its text mentions, and whether
	 * its speaker is still to be taken from a following sentence.
	 */
	private record Found(ClaimDraft claim, int sentence, Set<String> actorKeys, boolean pendingSpeaker) {

		Found {
			actorKeys = Set.copyOf(actorKeys);
		}

		Found with(ClaimDraft changed) {
			return new Found(changed, this.sentence, this.actorKeys, this.pendingSpeaker);
		}

	}

	private record Label(String text, String head) {
	}

	private record Cue(String text, int start) {
	}

	static List<ClaimDraft> extract(List<Parse> parses, Actors actors, EventAssembler.Assembled events,
			List<Integer> paragraphs, @Nullable LocalDate anchor) {
		List<Found> found = new ArrayList<>();
		String lastPerson = null;
		List<Label> labels = new ArrayList<>();
		List<String> recentPersons = new ArrayList<>();
		for (Parse parse : parses) {
			int sentence = parse.sentence.index();
			for (int token = 0; token < parse.size(); token++) {
				String key = actors.keyAt(sentence, token);
				if (key != null && actors.isPerson(key)) {
					recentPersons.remove(key);
					recentPersons.add(key);
				}
			}
			List<Cue> sentenceCues = hedgeCues(parse);
			List<String> cues = sentenceCues.stream().map(Cue::text).toList();
			int firstOfSentence = found.size();
			BitSet consumed = new BitSet();
			for (int verb = 0; verb < parse.size(); verb++) {
				String lemma = parse.lemma(verb);
				if (consumed.get(verb) || !parse.isVerb(verb) || !Lexicon.REPORTING_VERBS.contains(lemma)
						|| parse.insideQuote(verb) || underNonCommittal(parse, verb)) {
					continue;
				}
				boolean rejection = Lexicon.REJECTION_VERBS.contains(lemma);
				if (parse.isNegated(verb)) {
					continue;
				}
				int[] quoted = quotationAfter(parse, verb);
				Integer speakerHead = activeSubject(parse, verb);
				if (speakerHead == null && quoted != null && parse.token(verb).pos().equals("VBG")) {
					// "X compared A to B, stating, “...”": the participle speaks for the
					// clause it hangs from.
					speakerHead = governingSubject(parse, verb);
				}
				if (speakerHead == null) {
					continue;
				}
				Integer content = content(parse, verb);
				Integer rejectedClause = null;
				int contentFirst;
				int contentLast;
				if (content == null && rejection) {
					Integer object = parse.child(verb, "obj");
					Integer stated = null;
					List<Dependency> candidates = new ArrayList<>(parse.children(verb));
					if (object != null) {
						candidates.addAll(parse.children(object));
					}
					for (Dependency dep : candidates) {
						int child = dep.dependent();
						if ((Parse.is(dep, "advcl") || Parse.is(dep, "xcomp") || Parse.is(dep, "parataxis")
								|| Parse.is(dep, "conj") || Parse.is(dep, "acl"))
								&& Lexicon.REPORTING_VERBS.contains(parse.lemma(child))
								&& content(parse, child) != null) {
							stated = child;
							break;
						}
					}
					if (stated != null) {
						consumed.set(stated);
						content = content(parse, stated);
					}
					else if (object != null && Lexicon.STATEMENT_NOUNS.contains(parse.lemma(object))) {
						content = object;
						rejectedClause = clauseOf(parse, object);
					}
				}
				int[] range;
				if (content != null) {
					range = range(parse, content, verb, speakerHead);
				}
				else if (quoted != null) {
					range = quoted;
				}
				else {
					range = objectStatement(parse, verb, speakerHead);
					if (range == null) {
						Integer reported = trailingReport(parse, verb);
						range = (reported != null) ? range(parse, reported, verb, speakerHead) : null;
					}
				}
				if (range == null) {
					continue;
				}
				contentFirst = range[0];
				contentLast = range[1];
				Speaker speaker = speaker(parse, speakerHead, verb, actors, lastPerson, recentPersons, labels);
				if (speaker == null) {
					continue;
				}
				List<String> claimCues = new ArrayList<>(cues);
				if (Lexicon.HEDGING_REPORTING_VERBS.contains(lemma)) {
					claimCues.add(0, parse.lower(verb));
				}
				Integer contradicts = null;
				if (rejection && rejectedClause != null) {
					// "X denied reports that Y": the rejected statement is Y, in this
					// sentence, not an earlier claim.
					int[] reported = range(parse, rejectedClause, verb, speakerHead);
					ClaimDraft statement = new ClaimDraft(null, parse.lower(object(parse, verb)),
							parse.text(reported[0], reported[1]), List.of(), parse.span(reported[0], reported[1]),
							parse.sentenceText(), eventIndex(sentence, events, paragraphs), date(parse, verb, anchor),
							false, null);
					found
						.add(new Found(statement, sentence, actorKeys(parse, actors, reported[0], reported[1]), false));
					contradicts = found.size() - 1;
				}
				else if (rejection) {
					for (int i = found.size() - 1; i >= 0; i--) {
						Found earlier = found.get(i);
						if (earlier.sentence() < sentence - 1) {
							break;
						}
						if (!sameSpeaker(earlier.claim(), speaker)) {
							contradicts = i;
							break;
						}
					}
				}
				String text = parse.text(contentFirst, contentLast);
				ClaimDraft claim = new ClaimDraft(speaker.actorKey(), speaker.label(), text, dedupe(claimCues),
						parse.span(contentFirst, contentLast), parse.sentenceText(),
						eventIndex(sentence, events, paragraphs), date(parse, verb, anchor), rejection, contradicts);
				found.add(new Found(claim, sentence, actorKeys(parse, actors, contentFirst, contentLast), false));
				if (speaker.actorKey() != null && actors.isPerson(speaker.actorKey())) {
					lastPerson = speaker.actorKey();
				}
			}
			accordingTo(parse, actors, events, paragraphs, cues, lastPerson, recentPersons, labels, found);
			madeClaims(parse, actors, events, paragraphs, cues, lastPerson, recentPersons, labels, found, anchor);
			resolvePendingSpeakers(found, firstOfSentence, sentence);
			passiveReports(parse, actors, events, paragraphs, cues, found, anchor);
			localizeCues(found, firstOfSentence, sentenceCues);
			lastPerson = lastPersonSubject(parse, actors, lastPerson);
		}
		return dropRepeats(found);
	}

	private static void accordingTo(Parse parse, Actors actors, EventAssembler.Assembled events,
			List<Integer> paragraphs, List<String> cues, @Nullable String lastPerson, List<String> recentPersons,
			List<Label> labels, List<Found> found) {
		for (Dependency dep : parse.sentence.deps()) {
			if (!dep.relation().endsWith(":according_to") || dep.governor() < 0) {
				continue;
			}
			int source = dep.dependent();
			BitSet phrase = parse.subtree(source);
			int phraseFirst = phrase.nextSetBit(0);
			int phraseLast = phrase.length() - 1;
			while (phraseFirst > 0 && (parse.lemma(phraseFirst - 1).equals("accord")
					|| parse.lower(phraseFirst - 1).equals("according") || parse.lower(phraseFirst - 1).equals("to"))) {
				phraseFirst--;
			}
			int first;
			int last;
			if (phraseFirst > parse.size() - phraseLast) {
				first = 0;
				last = phraseFirst - 1;
			}
			else {
				first = phraseLast + 1;
				last = parse.size() - 1;
			}
			int[] trimmed = trim(parse, first, last);
			if (trimmed == null) {
				continue;
			}
			Speaker speaker = speaker(parse, source, -1, actors, lastPerson, recentPersons, labels);
			if (speaker == null) {
				continue;
			}
			ClaimDraft claim = new ClaimDraft(speaker.actorKey(), speaker.label(), parse.text(trimmed[0], trimmed[1]),
					cues, parse.span(trimmed[0], trimmed[1]), parse.sentenceText(),
					eventIndex(parse.sentence.index(), events, paragraphs), null, false, null);
			found
				.add(new Found(claim, parse.sentence.index(), actorKeys(parse, actors, trimmed[0], trimmed[1]), false));
		}
	}

	// "Venezuela made unsubstantiated claims at the UN of an imminent attack": a verb
	// that
	// puts forward a statement noun; the statement is the rest of the clause from the
	// noun on.
	private static void madeClaims(Parse parse, Actors actors, EventAssembler.Assembled events,
			List<Integer> paragraphs, List<String> cues, @Nullable String lastPerson, List<String> recentPersons,
			List<Label> labels, List<Found> found, @Nullable LocalDate anchor) {
		for (int verb = 0; verb < parse.size(); verb++) {
			if (!parse.isVerb(verb) || !Lexicon.CLAIM_MAKING_VERBS.contains(parse.lemma(verb))
					|| parse.insideQuote(verb) || parse.isNegated(verb)) {
				continue;
			}
			Integer object = parse.child(verb, "obj");
			Integer subject = activeSubject(parse, verb);
			if (object == null || object < verb || subject == null
					|| !Lexicon.CLAIM_NOUNS.contains(parse.lemma(object))) {
				continue;
			}
			BitSet clause = parse.subtree(verb, parse.subtree(subject));
			int[] range = trim(parse, parse.subtree(object).nextSetBit(0), clause.length() - 1);
			Speaker speaker = (range != null) ? speaker(parse, subject, verb, actors, lastPerson, recentPersons, labels)
					: null;
			if (speaker == null) {
				continue;
			}
			ClaimDraft claim = new ClaimDraft(speaker.actorKey(), speaker.label(), parse.text(range[0], range[1]), cues,
					parse.span(range[0], range[1]), parse.sentenceText(),
					eventIndex(parse.sentence.index(), events, paragraphs), date(parse, verb, anchor), false, null);
			found.add(new Found(claim, parse.sentence.index(), actorKeys(parse, actors, range[0], range[1]), false));
		}
	}

	// "X is reported to have called off Y": the text names no source here; news style
	// often
	// names it in the next sentence ("An official told Reuters ..."), which
	// resolvePendingSpeakers checks.
	private static void passiveReports(Parse parse, Actors actors, EventAssembler.Assembled events,
			List<Integer> paragraphs, List<String> cues, List<Found> found, @Nullable LocalDate anchor) {
		for (int verb = 0; verb < parse.size(); verb++) {
			if (!parse.isVerb(verb) || !Lexicon.PASSIVE_REPORTING_VERBS.contains(parse.lemma(verb))
					|| parse.insideQuote(verb) || parse.isNegated(verb) || parse.child(verb, "obl:agent") != null) {
				continue;
			}
			Integer subject = null;
			for (Dependency dep : parse.children(verb)) {
				if (dep.relation().startsWith("nsubj:pass") && !dep.relation().contains("xsubj")) {
					subject = dep.dependent();
				}
			}
			Integer complement = parse.child(verb, "xcomp");
			if (subject == null || complement == null || !parse.isVerb(complement)) {
				continue;
			}
			int[] range = trim(parse, parse.subtree(subject).nextSetBit(0), parse.subtree(complement).length() - 1);
			if (range == null) {
				continue;
			}
			ClaimDraft claim = new ClaimDraft(null, Lexicon.UNNAMED_REPORTS, parse.text(range[0], range[1]), cues,
					parse.span(range[0], range[1]), parse.sentenceText(),
					eventIndex(parse.sentence.index(), events, paragraphs), date(parse, complement, anchor), false,
					null);
			found.add(new Found(claim, parse.sentence.index(), actorKeys(parse, actors, range[0], range[1]), true));
		}
	}

	/**
	 * Gives passive reports of the previous sentence the speaker of a claim in this one
	 * that mentions one of the same actors; older ones keep their unnamed label.
	 */
	private static void resolvePendingSpeakers(List<Found> found, int firstOfSentence, int sentence) {
		for (int i = 0; i < firstOfSentence; i++) {
			Found pending = found.get(i);
			if (!pending.pendingSpeaker()) {
				continue;
			}
			Found source = null;
			if (pending.sentence() == sentence - 1) {
				for (int j = firstOfSentence; j < found.size() && source == null; j++) {
					Found candidate = found.get(j);
					if (!candidate.pendingSpeaker()
							&& candidate.actorKeys().stream().anyMatch(pending.actorKeys()::contains)) {
						source = candidate;
					}
				}
			}
			ClaimDraft claim = pending.claim();
			if (source != null) {
				claim = new ClaimDraft(source.claim().speakerActorKey(), source.claim().speakerLabel(), claim.text(),
						claim.hedgeCues(), claim.span(), claim.sentence(), claim.eventIndex(), claim.date(),
						claim.rejection(), claim.contradictsIndex());
			}
			found.set(i, new Found(claim, pending.sentence(), pending.actorKeys(), false));
		}
	}

	private static Set<String> actorKeys(Parse parse, Actors actors, int first, int last) {
		Set<String> keys = new HashSet<>();
		for (int token = first; token <= last; token++) {
			String key = actors.keyAt(parse.sentence.index(), token);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * The quotation right after a verb ("stating, “...”"), without its marks and closing
	 * punctuation.
	 */
	private static int @Nullable [] quotationAfter(Parse parse, int verb) {
		int open = verb + 1;
		while (open < parse.size() && (parse.lower(open).equals(",") || parse.lower(open).equals(":"))) {
			open++;
		}
		if (open >= parse.size() || !(parse.token(open).pos().equals("``") || parse.token(open).word().equals("“"))) {
			return null;
		}
		int close = open + 1;
		while (close < parse.size()
				&& !(parse.token(close).pos().equals("''") || parse.token(close).word().equals("”"))) {
			close++;
		}
		return trim(parse, open + 1, close - 1);
	}

	/** The subject of the nearest verb above a participle, for "X did Y, saying ...". */
	private static @Nullable Integer governingSubject(Parse parse, int verb) {
		int current = verb;
		for (int steps = 0; steps < 4; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return null;
			}
			current = up.governor();
			Integer subject = parse.isVerb(current) ? parse.child(current, "nsubj") : null;
			if (subject != null && !parse.insideQuote(current)) {
				return subject;
			}
		}
		return null;
	}

	/**
	 * For "tout", "highlight", "assert" and the like, the object and what follows it: the
	 * statement.
	 */
	private static int @Nullable [] objectStatement(Parse parse, int verb, int speakerHead) {
		Integer object = parse.child(verb, "obj");
		if (!Lexicon.STATEMENT_OBJECT_VERBS.contains(parse.lemma(verb)) || object == null || object < verb
				|| Lexicon.PRONOUNS.contains(parse.lower(object))) {
			return null;
		}
		BitSet excluded = parse.subtree(speakerHead);
		excluded.set(verb);
		int last = verb;
		for (Dependency dep : parse.children(verb)) {
			String relation = dep.relation();
			if (dep.dependent() > verb && (Parse.is(dep, "obj") || Parse.is(dep, "iobj") || Parse.is(dep, "obl"))
					&& !relation.contains("according")) {
				last = Math.max(last, parse.subtree(dep.dependent(), excluded).length() - 1);
			}
		}
		return trim(parse, verb + 1, last);
	}

	/** For a trailing "..., he added.", the clause the reporting verb comments on. */
	private static @Nullable Integer trailingReport(Parse parse, int verb) {
		Dependency up = parse.parent(verb);
		if (up == null || !Parse.is(up, "parataxis") || up.governor() > verb || !parse.isVerb(up.governor())
				|| parse.child(verb, "obj") != null) {
			return null;
		}
		int next = verb + 1;
		return (next >= parse.size() || parse.isPunctuation(next)) ? up.governor() : null;
	}

	private static boolean underNonCommittal(Parse parse, int verb) {
		int current = verb;
		for (int steps = 0; steps < 3; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return false;
			}
			if (Lexicon.NON_COMMITTAL_VERBS.contains(parse.lemma(up.governor()))) {
				return true;
			}
			if (!Parse.is(up, "xcomp") && !Parse.is(up, "conj")) {
				return false;
			}
			current = up.governor();
		}
		return false;
	}

	private static @Nullable Integer activeSubject(Parse parse, int verb) {
		for (Dependency dep : parse.children(verb)) {
			if (dep.relation().startsWith("nsubj:pass")) {
				return null;
			}
		}
		Integer subject = parse.child(verb, "nsubj");
		if (subject != null) {
			return coordinatedReporter(parse, verb, subject);
		}
		// "..., stating that ..." takes the subject of the clause it hangs from.
		Dependency up = parse.parent(verb);
		if (up != null && (Parse.is(up, "advcl") || Parse.is(up, "xcomp") || Parse.is(up, "conj"))) {
			return parse.child(up.governor(), "nsubj");
		}
		return null;
	}

	// "Trump indicated that the US had assaulted X and reiterated that ...": enhanced++
	// hands
	// "reiterated" the subject of "assaulted", yet it also lists it as a complement of
	// "indicated"; a reporting verb sharing a reported clause's subject belongs to the
	// reporter.
	private static int coordinatedReporter(Parse parse, int verb, int subject) {
		Dependency reporter = null;
		boolean sharesSubject = false;
		for (Dependency up : parse.parents(verb)) {
			if (Parse.is(up, "ccomp") && Lexicon.REPORTING_VERBS.contains(parse.lemma(up.governor()))) {
				reporter = up;
			}
			if (Parse.is(up, "conj") && !Lexicon.REPORTING_VERBS.contains(parse.lemma(up.governor()))
					&& Integer.valueOf(subject).equals(parse.child(up.governor(), "nsubj"))) {
				sharesSubject = true;
			}
		}
		if (reporter != null && sharesSubject) {
			Integer outer = parse.child(reporter.governor(), "nsubj");
			return (outer != null) ? outer : subject;
		}
		return subject;
	}

	private static @Nullable Integer content(Parse parse, int verb) {
		for (String relation : List.of("ccomp", "parataxis")) {
			Integer clause = parse.child(verb, relation);
			if (clause != null) {
				return clause;
			}
		}
		Integer xcomp = parse.child(verb, "xcomp");
		if (xcomp != null && !Lexicon.REPORTING_VERBS.contains(parse.lemma(xcomp))) {
			return xcomp;
		}
		Integer object = parse.child(verb, "obj");
		if (object != null && object > verb && parse.insideQuote(object)) {
			return object;
		}
		return null;
	}

	private static int @Nullable [] range(Parse parse, int content, int verb, int speakerHead) {
		BitSet excluded = parse.subtree(speakerHead);
		excluded.set(verb);
		// "reports indicate that X, although a spokesperson rejected this": the other
		// speaker's clause is not part of what the first one says.
		for (int other = 0; other < parse.size(); other++) {
			if (other != content && other != verb && parse.isVerb(other)
					&& Lexicon.REPORTING_VERBS.contains(parse.lemma(other)) && parse.child(other, "nsubj") != null
					&& !parse.insideQuote(other)) {
				BitSet clause = parse.subtree(other);
				if (!clause.get(content) && !clause.get(verb)) {
					excluded.or(clause);
				}
			}
		}
		BitSet tokens = parse.subtree(content, excluded);
		int first;
		int last;
		if (content > verb) {
			first = tokens.nextSetBit(verb + 1);
			last = tokens.length() - 1;
		}
		else {
			first = tokens.nextSetBit(0);
			last = tokens.previousSetBit(verb - 1);
		}
		if (first < 0 || last < first) {
			return null;
		}
		return trim(parse, first, last);
	}

	private static int @Nullable [] trim(Parse parse, int first, int last) {
		int from = first;
		int to = last;
		while (from <= to && (parse.isPunctuation(from) || parse.token(from).pos().equals("IN")
				&& (parse.lower(from).equals("that") || parse.lower(from).equals("whether")))) {
			from++;
		}
		while (to >= from && parse.isPunctuation(to)) {
			to--;
		}
		return from <= to ? new int[] { from, to } : null;
	}

	private static @Nullable String titledPerson(String title, List<String> recentPersons, Actors actors) {
		String prefix = title.toLowerCase(Locale.ROOT) + " ";
		for (int i = recentPersons.size() - 1; i >= 0; i--) {
			ActorDraft actor = actors.get(recentPersons.get(i));
			if (actor != null && (title.equalsIgnoreCase(actor.description())
					|| actor.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).startsWith(prefix)))) {
				return actor.key();
			}
		}
		return null;
	}

	private static @Nullable Speaker speaker(Parse parse, int head, int verb, Actors actors,
			@Nullable String lastPerson, List<String> recentPersons, List<Label> labels) {
		int sentence = parse.sentence.index();
		String key = actors.keyAt(sentence, head);
		if (key != null) {
			return new Speaker(key, null);
		}
		for (Dependency dep : parse.children(head)) {
			if (Parse.is(dep, "appos") && actors.keyAt(sentence, dep.dependent()) != null) {
				return new Speaker(actors.keyAt(sentence, dep.dependent()), null);
			}
		}
		String word = parse.lower(head);
		if (Lexicon.PERSON_PRONOUNS.contains(word)) {
			return lastPerson != null ? new Speaker(lastPerson, null) : null;
		}
		if (Lexicon.PRONOUNS.contains(word) || parse.token(head).pos().startsWith("W")) {
			return null;
		}
		// "The president claimed ...": a definite title refers to the last person seen
		// with that title.
		Integer determiner = parse.child(head, "det");
		if (parse.token(head).ner().equals("TITLE") && determiner != null && parse.lower(determiner).equals("the")) {
			String titled = titledPerson(parse.token(head).word(), recentPersons, actors);
			if (titled != null) {
				return new Speaker(titled, null);
			}
		}
		BitSet excluded = new BitSet();
		if (verb >= 0) {
			excluded.set(verb);
		}
		BitSet phrase = parse.subtree(head, excluded);
		int first = phrase.nextSetBit(0);
		int last = phrase.length() - 1;
		if (verb >= 0 && head < verb) {
			last = Math.min(last, verb - 1);
		}
		while (first <= last && (parse.isPunctuation(first) || parse.lower(first).equals("according")
				|| parse.lower(first).equals("to") && first < head)) {
			first++;
		}
		while (last >= first && parse.isPunctuation(last)) {
			last--;
		}
		if (first > last) {
			return null;
		}
		String label = parse.text(first, last);
		// "The official" after "An unnamed senior official" is the same source.
		if (parse.lower(first).equals("the") && last - first <= 2) {
			for (int i = labels.size() - 1; i >= 0; i--) {
				if (labels.get(i).head().equals(parse.lemma(head))) {
					return new Speaker(null, labels.get(i).text());
				}
			}
		}
		labels.add(new Label(label, parse.lemma(head)));
		return new Speaker(null, label);
	}

	/**
	 * The clause a statement noun carries ("reports that the plant was damaged"), if any.
	 */
	private static @Nullable Integer clauseOf(Parse parse, int noun) {
		for (Dependency dep : parse.children(noun)) {
			if ((Parse.is(dep, "acl") || Parse.is(dep, "ccomp")) && parse.isVerb(dep.dependent())) {
				return dep.dependent();
			}
		}
		return null;
	}

	private static int object(Parse parse, int verb) {
		Integer object = parse.child(verb, "obj");
		return (object != null) ? object : verb;
	}

	private static boolean sameSpeaker(ClaimDraft claim, Speaker speaker) {
		return speaker.actorKey() != null ? speaker.actorKey().equals(claim.speakerActorKey())
				: speaker.label() != null && speaker.label().equals(claim.speakerLabel());
	}

	private static List<Cue> hedgeCues(Parse parse) {
		List<Cue> cues = new ArrayList<>();
		String lower = parse.sentenceText().toLowerCase(Locale.ROOT);
		int offset = parse.sentence.span().start();
		for (String phrase : Lexicon.HEDGE_PHRASES) {
			int at = lower.indexOf(phrase);
			if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
					&& cues.stream().noneMatch(cue -> cue.text().contains(phrase))) {
				cues.add(new Cue(phrase, offset + at));
			}
		}
		for (int token = 0; token < parse.size(); token++) {
			String word = parse.lower(token);
			if (Lexicon.HEDGE_WORDS.contains(word) && cues.stream().noneMatch(cue -> cue.text().contains(word))) {
				cues.add(new Cue(word, parse.token(token).span().start()));
			}
		}
		return cues;
	}

	// A cue inside another claim of the same sentence hedges that claim, not this one.
	private static void localizeCues(List<Found> found, int first, List<Cue> cues) {
		for (int i = first; i < found.size(); i++) {
			ClaimDraft claim = found.get(i).claim();
			List<String> kept = new ArrayList<>();
			for (String cue : claim.hedgeCues()) {
				Cue located = cues.stream().filter(candidate -> candidate.text().equals(cue)).findFirst().orElse(null);
				boolean elsewhere = false;
				if (located != null && !within(claim, located.start())) {
					for (int j = first; j < found.size(); j++) {
						elsewhere |= j != i && within(found.get(j).claim(), located.start());
					}
				}
				if (!elsewhere) {
					kept.add(cue);
				}
			}
			found.set(i,
					found.get(i)
						.with(new ClaimDraft(claim.speakerActorKey(), claim.speakerLabel(), claim.text(), kept,
								claim.span(), claim.sentence(), claim.eventIndex(), claim.date(), claim.rejection(),
								claim.contradictsIndex())));
		}
	}

	private static boolean within(ClaimDraft claim, int offset) {
		return claim.span().start() <= offset && offset < claim.span().end();
	}

	private static List<String> dedupe(List<String> cues) {
		return new ArrayList<>(new LinkedHashSet<>(cues));
	}

	private static @Nullable Integer eventIndex(int sentence, EventAssembler.Assembled events,
			List<Integer> paragraphs) {
		Map<Integer, Integer> bySentence = events.eventBySentence();
		if (bySentence.containsKey(sentence)) {
			return bySentence.get(sentence);
		}
		for (int earlier = sentence - 1; earlier >= 0
				&& paragraphs.get(earlier).equals(paragraphs.get(sentence)); earlier--) {
			if (bySentence.containsKey(earlier)) {
				return bySentence.get(earlier);
			}
		}
		return null;
	}

	private static @Nullable DateDraft date(Parse parse, int verb, @Nullable LocalDate anchor) {
		EventAssembler.Dated dated = EventAssembler.date(parse, verb, anchor, new ArrayList<>());
		if (dated == null || parse.distanceUp(dated.timexHead(), verb, 3) < 0) {
			return null;
		}
		return dated.date();
	}

	private static @Nullable String lastPersonSubject(Parse parse, Actors actors, @Nullable String lastPerson) {
		String result = lastPerson;
		for (Dependency dep : parse.sentence.deps()) {
			if (Parse.is(dep, "nsubj") && dep.governor() >= 0) {
				String key = actors.keyAt(parse.sentence.index(), dep.dependent());
				if (key != null && actors.isPerson(key)) {
					result = key;
				}
			}
		}
		return result;
	}

	private static List<ClaimDraft> dropRepeats(List<Found> found) {
		List<ClaimDraft> claims = new ArrayList<>();
		List<Integer> newIndex = new ArrayList<>();
		for (Found candidate : found) {
			ClaimDraft claim = candidate.claim();
			int same = -1;
			for (int i = 0; i < claims.size(); i++) {
				ClaimDraft kept = claims.get(i);
				if (kept.text().equals(claim.text()) && Objects.equals(kept.speakerActorKey(), claim.speakerActorKey())
						&& Objects.equals(kept.speakerLabel(), claim.speakerLabel())) {
					same = i;
					break;
				}
			}
			if (same >= 0) {
				newIndex.add(same);
				continue;
			}
			Integer contradicts = claim.contradictsIndex() == null ? null : newIndex.get(claim.contradictsIndex());
			newIndex.add(claims.size());
			claims.add(new ClaimDraft(claim.speakerActorKey(), claim.speakerLabel(), claim.text(), claim.hedgeCues(),
					claim.span(), claim.sentence(), claim.eventIndex(), claim.date(), claim.rejection(), contradicts));
		}
		return claims;
	}

}
