package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * What the claim patterns of one article share: its sentences, actors, events and
 * publication date, and how a found statement becomes a {@link FoundClaim}.
 */
final class ClaimContext {

	private static final Set<String> HEDGE_WORDS = WordList.words("hedges.txt");

	/** Reporting verbs whose use already signals doubt about what is said. */
	private static final Set<String> HEDGING_VERBS = Set.of("claim", "allege", "purport", "contend", "speculate");

	final List<Parse> parses;

	final Actors actors;

	final EventAssembler.Assembled events;

	final List<Integer> paragraphs;

	final @Nullable LocalDate anchor;

	final SpeakerResolver speakers;

	ClaimContext(List<Parse> parses, Actors actors, EventAssembler.Assembled events, List<Integer> paragraphs,
			@Nullable LocalDate anchor) {
		this.parses = parses;
		this.actors = actors;
		this.events = events;
		this.paragraphs = paragraphs;
		this.anchor = anchor;
		this.speakers = new SpeakerResolver(actors);
	}

	/** A statement over tokens of one sentence. */
	FoundClaim claim(Parse parse, TokenRange range, @Nullable Speaker speaker, ClaimStance stance, String verb,
			int frameStart) {
		return claim(parse, range, speaker, stance, verb, frameStart, -1);
	}

	/**
	 * A statement over tokens of one sentence, attributed by the verb at a token (-1 for
	 * none), whose own doubt ("claimed", "alleged") hedges it.
	 */
	FoundClaim claim(Parse parse, TokenRange range, @Nullable Speaker speaker, ClaimStance stance, String verb,
			int frameStart, int verbToken) {
		List<String> cues = new ArrayList<>();
		if (HEDGING_VERBS.contains(verb)) {
			cues.add((verbToken >= 0) ? parse.lower(verbToken) : verb);
		}
		for (String phrase : Lexicon.HEDGE_PHRASES) {
			if (range.text(parse).toLowerCase(Locale.ROOT).contains(phrase)) {
				cues.add(phrase);
			}
		}
		for (int token = range.first(); token <= range.last(); token++) {
			String word = parse.lower(token);
			if (HEDGE_WORDS.contains(word) && cues.stream().noneMatch((cue) -> cue.contains(word))) {
				cues.add(word);
			}
		}
		return new FoundClaim(speaker, parse.sentence.index(), range.span(parse), range.text(parse),
				parse.sentenceText(), stance, verb, frameStart, actorKeys(parse, range), cues, List.of(), Set.of());
	}

	/** A statement over a span of the text that may run over several sentences. */
	FoundClaim claim(TextSpan span, int sentence, Speaker speaker) {
		String text = text().substring(span.start(), span.end());
		List<String> cues = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
			if (HEDGE_WORDS.contains(word) && !cues.contains(word)) {
				cues.add(word);
			}
		}
		Set<String> keys = new HashSet<>();
		for (Parse parse : this.parses) {
			for (int token = 0; token < parse.size(); token++) {
				TextSpan at = parse.token(token).span();
				String key = (at.start() >= span.start() && at.end() <= span.end())
						? this.actors.referentAt(parse.sentence.index(), token) : null;
				if (key != null) {
					keys.add(key);
				}
			}
		}
		Parse first = this.parses.get(sentence);
		return new FoundClaim(speaker, sentence, span, text, first.sentenceText(), ClaimStance.STATEMENT, "quote", -1,
				keys, cues, List.of(), Set.of());
	}

	String text() {
		return this.parses.isEmpty() ? "" : this.parses.get(0).text;
	}

	/** The index of the sentence that holds a character offset, or -1. */
	int sentenceAt(int offset) {
		for (Parse parse : this.parses) {
			if (parse.sentence.span().start() <= offset && offset < parse.sentence.span().end()) {
				return parse.sentence.index();
			}
		}
		return -1;
	}

	Set<String> actorKeys(Parse parse, TokenRange range) {
		Set<String> keys = new HashSet<>();
		for (int token = range.first(); token <= range.last(); token++) {
			String key = this.actors.referentAt(parse.sentence.index(), token);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * The event a sentence's statement is about: the one the sentence reports, else the
	 * last one reported earlier in its paragraph.
	 */
	@Nullable Integer eventIndex(int sentence) {
		Map<Integer, Integer> bySentence = this.events.eventBySentence();
		if (bySentence.containsKey(sentence)) {
			return bySentence.get(sentence);
		}
		for (int earlier = sentence - 1; earlier >= 0
				&& this.paragraphs.get(earlier).equals(this.paragraphs.get(sentence)); earlier--) {
			if (bySentence.containsKey(earlier)) {
				return bySentence.get(earlier);
			}
		}
		return null;
	}

	/** The date of the statement, when its own clause gives one. */
	@Nullable DateDraft date(Parse parse, int verb) {
		if (verb < 0) {
			return null;
		}
		EventAssembler.Dated dated = EventAssembler.date(parse, verb, this.anchor, new ArrayList<>());
		if (dated == null || parse.distanceUp(dated.timexHead(), verb, 3) < 0) {
			return null;
		}
		return dated.date();
	}

	static boolean anyPhrase(Set<String> phrases, Parse parse, int token) {
		return phraseAt(phrases, parse, token) != null;
	}

	/**
	 * The entry of a list of lemmas or phrasal verbs ("push back") that a token starts,
	 * or null: a phrasal entry needs its particle among the token's children or right
	 * after it.
	 */
	static @Nullable String phraseAt(Set<String> phrases, Parse parse, int token) {
		String lemma = parse.lemma(token);
		for (String phrase : phrases) {
			int space = phrase.indexOf(' ');
			if (space < 0) {
				if (phrase.equals(lemma)) {
					return phrase;
				}
				continue;
			}
			if (!phrase.substring(0, space).equals(lemma)) {
				continue;
			}
			String particle = phrase.substring(space + 1);
			if (token + 1 < parse.size() && parse.lower(token + 1).equals(particle)) {
				return phrase;
			}
			for (Integer child : parse.children(token, "compound:prt")) {
				if (parse.lower(child).equals(particle)) {
					return phrase;
				}
			}
		}
		return null;
	}

}
