package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.AliasKey;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.WordNet;

/**
 * Finds who speaks from the head of a speaker phrase, reading an article from start to
 * end: a named actor; what coreference ties a pronoun or description to; the party a
 * report or a spokesperson speaks for; the person last named with a title ("the prime
 * minister"); else the phrase itself as a label ("state officials"), a later "the
 * official" taking the label of an earlier "an unnamed senior official".
 */
final class SpeakerResolver {

	private static final Set<String> SOURCE_NOUNS = WordList.words("source-nouns.txt");

	private static final Set<String> STATEMENT_NOUNS = WordList.words("statement-nouns.txt");

	/** Plural collectives that speak as one, whatever WordNet files them under. */
	private static final Set<String> SPEAKING_GROUPS = Set.of("authority", "authorities", "media", "press", "source",
			"sources", "insider", "insiders", "poll", "polls");

	/** People who speak for an organisation: "a ministry spokesman". */
	private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "representative",
			"spokespeople");

	private record Label(String text, String head) {
	}

	private final Actors actors;

	private final List<String> recentPersons = new ArrayList<>();

	private final List<Label> labels = new ArrayList<>();

	private @Nullable String lastPerson;

	SpeakerResolver(Actors actors) {
		this.actors = actors;
	}

	/** Notes the people a sentence names, before its statements are read. */
	void enter(Parse parse) {
		for (int token = 0; token < parse.size(); token++) {
			String key = this.actors.keyAt(parse.sentence.index(), token);
			if (key != null && this.actors.isPerson(key)) {
				this.recentPersons.remove(key);
				this.recentPersons.add(key);
			}
		}
	}

	/**
	 * Notes the last person a sentence made its subject, after its statements are read.
	 */
	void leave(Parse parse) {
		for (Dependency dep : parse.sentence.deps()) {
			if (Parse.is(dep, "nsubj") && dep.governor() >= 0) {
				String key = this.actors.referentAt(parse.sentence.index(), dep.dependent());
				if (key != null && this.actors.isPerson(key)) {
					this.lastPerson = key;
				}
			}
		}
	}

	/** Notes a person who just spoke: the next "he said" is most likely theirs. */
	void spoke(Speaker speaker) {
		if (speaker.actorKey() != null && this.actors.isPerson(speaker.actorKey())) {
			this.lastPerson = speaker.actorKey();
		}
	}

	/**
	 * The speaker whose phrase has its head at {@code head}; {@code verb}, when not
	 * negative, is left out of a label.
	 */
	@Nullable Speaker speaker(Parse parse, int head, int verb) {
		int sentence = parse.sentence.index();
		String key = this.actors.referentAt(sentence, head);
		if (key != null) {
			return Speaker.actor(key);
		}
		for (Dependency dep : parse.children(head)) {
			if (Parse.is(dep, "appos") && this.actors.referentAt(sentence, dep.dependent()) != null) {
				return Speaker.actor(this.actors.referentAt(sentence, dep.dependent()));
			}
		}
		String named = personInPhrase(parse, head, verb);
		if (named != null) {
			return Speaker.actor(named);
		}
		String lemma = parse.lemma(head);
		if (SOURCE_NOUNS.contains(lemma) || SPOKESPEOPLE.contains(lemma)) {
			String owner = owner(parse, head);
			if (owner != null) {
				return Speaker.actor(owner);
			}
			// "information attributed to an advisor to the Prime Minister": the source is
			// whom it is attributed to.
			for (Dependency dep : parse.children(head)) {
				String participle = parse.lemma(dep.dependent());
				Integer to = (participle.equals("attribute") || participle.equals("credit"))
						? parse.child(dep.dependent(), "obl:to") : null;
				if (to != null) {
					return speaker(parse, to, verb);
				}
			}
		}
		String word = parse.lower(head);
		if (Lexicon.PERSON_PRONOUNS.contains(word)) {
			return (this.lastPerson != null) ? Speaker.actor(this.lastPerson) : null;
		}
		if (Lexicon.PRONOUNS.contains(word) || parse.token(head).pos().startsWith("W")) {
			return null;
		}
		Integer determiner = parse.child(head, "det");
		boolean definite = determiner != null && parse.lower(determiner).equals("the");
		if (parse.token(head).ner().equals("TITLE") && definite) {
			String titled = titledPerson(parse.token(head).word());
			if (titled != null) {
				return Speaker.actor(titled);
			}
		}
		if (definite && !parse.token(head).pos().startsWith("NNP")) {
			String body = bodyWithHead(lemma);
			if (body == null) {
				body = bodyOfKind(lemma);
			}
			if (body != null) {
				return Speaker.actor(body);
			}
		}
		return label(parse, head, verb);
	}

	/**
	 * Whether something a phrase names can make a statement: a person or a body, a
	 * document or count, a statement ("reports indicate"), or what WordNet does not know.
	 */
	private static boolean canSpeak(String lemma) {
		if (SOURCE_NOUNS.contains(lemma) || SPOKESPEOPLE.contains(lemma) || STATEMENT_NOUNS.contains(lemma)
				|| SPEAKING_GROUPS.contains(lemma)) {
			return true;
		}
		java.util.Set<WordNet.Kind> kinds = WordNet.kindsOf(lemma);
		return kinds.isEmpty() || kinds.contains(WordNet.Kind.PERSON) || kinds.contains(WordNet.Kind.ORGANIZATION);
	}

	/**
	 * A person named in the speaker's phrase when the parse made something else its head
	 * ("Google vice president of regulatory affairs Lee-Anne Mulholland said"): the one
	 * nearest the verb, outside quotations.
	 */
	private @Nullable String personInPhrase(Parse parse, int head, int verb) {
		if (verb >= 0 && head > verb) {
			return null;
		}
		BitSet excluded = new BitSet();
		if (verb >= 0) {
			excluded.set(verb);
		}
		int[] stretch = parse.stretch(head, parse.subtree(head, excluded));
		String found = null;
		for (int token = stretch[0]; token <= stretch[1]; token++) {
			String key = this.actors.keyAt(parse.sentence.index(), token);
			if (key != null && this.actors.isPerson(key) && !parse.insideQuote(token)
					&& !modifiesHead(parse, token, head)) {
				found = key;
			}
		}
		return found;
	}

	/**
	 * Whether a name only qualifies the phrase's head, as an owner or a complement
	 * ("Trump's chief of staff", "an adviser to Trump"), rather than naming the speaker.
	 * The owner of a statement ("Trump's comments") is its speaker.
	 */
	private static boolean modifiesHead(Parse parse, int token, int head) {
		if (STATEMENT_NOUNS.contains(parse.lemma(head))) {
			return false;
		}
		int current = token;
		for (int steps = 0; current != head && steps < 10; steps++) {
			Dependency up = parse.parent(current);
			if (up == null || up.governor() < 0) {
				return false;
			}
			if (up.relation().startsWith("nmod")) {
				return true;
			}
			current = up.governor();
		}
		return false;
	}

	/**
	 * The actor a report or a spokesperson speaks for: "a report from the council", "the
	 * agency's bulletin", "a ministry spokesman".
	 */
	private @Nullable String owner(Parse parse, int head) {
		int sentence = parse.sentence.index();
		for (Dependency dep : parse.children(head)) {
			String relation = dep.relation();
			if (relation.equals("nmod:from") || relation.equals("nmod:by") || relation.equals("nmod:of")
					|| relation.equals("nmod:for") || relation.equals("nmod:poss") || Parse.is(dep, "compound")) {
				String key = this.actors.referentAt(sentence, dep.dependent());
				if (key != null && !this.actors.isPerson(key)) {
					return key;
				}
			}
		}
		return null;
	}

	/** The only actor of the article whose name ends in this noun: "the court". */
	private @Nullable String bodyWithHead(String lemma) {
		String found = null;
		for (ActorDraft actor : this.actors.drafts) {
			String[] words = AliasKey.of(actor.name()).value().split(" ");
			if (!this.actors.isPerson(actor.key()) && words.length > 1
					&& words[words.length - 1].equals(lemma.toLowerCase(Locale.ROOT))) {
				if (found != null) {
					return null;
				}
				found = actor.key();
			}
		}
		return found;
	}

	/**
	 * The only body of the article whose head noun is a kind of the one named: "the
	 * facility" for "Covenant Children's Hospital", a hospital being a facility.
	 */
	private @Nullable String bodyOfKind(String lemma) {
		String found = null;
		for (ActorDraft actor : this.actors.drafts) {
			String[] words = AliasKey.of(actor.name()).value().split(" ");
			if (this.actors.isPerson(actor.key()) || words.length < 2) {
				continue;
			}
			if (WordNet.isA(words[words.length - 1], lemma)) {
				if (found != null && !found.equals(actor.key())) {
					return null;
				}
				found = actor.key();
			}
		}
		return found;
	}

	private @Nullable String titledPerson(String title) {
		String prefix = title.toLowerCase(Locale.ROOT) + " ";
		for (int i = this.recentPersons.size() - 1; i >= 0; i--) {
			ActorDraft actor = this.actors.get(this.recentPersons.get(i));
			if (actor != null && (title.equalsIgnoreCase(actor.description())
					|| actor.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).startsWith(prefix)))) {
				return actor.key();
			}
		}
		return null;
	}

	private @Nullable Speaker label(Parse parse, int head, int verb) {
		if (parse.isVerb(head) || !canSpeak(parse.lemma(head))) {
			return null;
		}
		BitSet excluded = new BitSet();
		if (verb >= 0) {
			excluded.set(verb);
		}
		for (Dependency dep : parse.children(head)) {
			if (Parse.is(dep, "acl") || Parse.is(dep, "conj") || Parse.is(dep, "cc")
					|| Parse.is(dep, "appos") && dep.dependent() > head + 1) {
				excluded.or(parse.subtree(dep.dependent()));
			}
		}
		int[] stretch = parse.stretch(head, parse.subtree(head, excluded));
		int first = stretch[0];
		int last = stretch[1];
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
		if (last - first > 12) {
			last = Math.min(last, head + 3);
		}
		if (first > last) {
			return null;
		}
		String label = parse.text(first, last);
		// "The official" after "An unnamed senior official" is the same source.
		if (parse.lower(first).equals("the") && last - first <= 2) {
			for (int i = this.labels.size() - 1; i >= 0; i--) {
				if (this.labels.get(i).head().equals(parse.lemma(head))) {
					return Speaker.labelled(this.labels.get(i).text());
				}
			}
		}
		this.labels.add(new Label(label, parse.lemma(head)));
		return Speaker.labelled(label);
	}

}
