package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;

/**
 * Finds attributed statements: "X said (that) ...", quotes with a speaker, "according to
 * X, ...", and rejections ("Y rejected this claim"), linked to the claim they reject.
 */
final class ClaimExtractor {

	private ClaimExtractor() {
	}

	private record Speaker(@Nullable String actorKey, @Nullable String label) {
	}

	private record Found(ClaimDraft claim, int sentence) {
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
				Integer speakerHead = activeSubject(parse, verb);
				if (speakerHead == null) {
					continue;
				}
				Integer content = content(parse, verb);
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
								|| Parse.is(dep, "conj") || Parse.is(dep, "acl")) && Lexicon.REPORTING_VERBS.contains(parse.lemma(child))
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
					}
				}
				if (content == null) {
					continue;
				}
				int[] range = range(parse, content, verb, speakerHead);
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
				if (rejection) {
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
				found.add(new Found(claim, sentence));
				if (speaker.actorKey() != null && actors.isPerson(speaker.actorKey())) {
					lastPerson = speaker.actorKey();
				}
			}
			accordingTo(parse, actors, events, paragraphs, cues, lastPerson, recentPersons, labels, found);
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
			found.add(new Found(claim, parse.sentence.index()));
		}
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
			return subject;
		}
		// "..., stating that ..." takes the subject of the clause it hangs from.
		Dependency up = parse.parent(verb);
		if (up != null && (Parse.is(up, "advcl") || Parse.is(up, "xcomp") || Parse.is(up, "conj"))) {
			return parse.child(up.governor(), "nsubj");
		}
		return null;
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
			if (actor != null && (title.equalsIgnoreCase(actor.description()) || actor.aliases()
				.stream()
				.anyMatch(alias -> alias.toLowerCase(Locale.ROOT).startsWith(prefix)))) {
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
		// "The president claimed ...": a definite title refers to the last person seen with that title.
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
			found.set(i, new Found(new ClaimDraft(claim.speakerActorKey(), claim.speakerLabel(), claim.text(), kept,
					claim.span(), claim.sentence(), claim.eventIndex(), claim.date(), claim.rejection(),
					claim.contradictsIndex()), found.get(i).sentence()));
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
		for (int earlier = sentence - 1; earlier >= 0 && paragraphs.get(earlier).equals(paragraphs.get(sentence));
				earlier--) {
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
				if (kept.text().equals(claim.text()) && Objects.equals(kept.speakerActorKey(),
						claim.speakerActorKey()) && Objects.equals(kept.speakerLabel(), claim.speakerLabel())) {
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
