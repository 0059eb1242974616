package org.newsline.ingest.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.CorefChain;
import org.newsline.ingest.nlp.CorefMention;
import org.newsline.ingest.nlp.WordNet;

/**
 * Lets the pronouns and descriptions of a coreference chain stand for the actor the
 * chain's names mostly name, when they agree with it: "he" and "the lawyer" for a person,
 * "it" and "the company" for an organisation. Chains whose names disagree, and mentions
 * inside quotations in the first or second person, are left alone.
 */
final class CoreferenceLinks {

	private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

	private static final Set<String> IMPERSONAL = Set.of("it", "its", "itself", "they", "them", "their", "theirs",
			"themselves");

	private CoreferenceLinks() {
	}

	/**
	 * The head token of each pronoun or description, by position, and the actor key it
	 * stands for.
	 */
	static Map<Long, String> references(List<Parse> parses, List<CorefChain> chains, Actors actors) {
		Map<Long, String> references = new HashMap<>();
		for (CorefChain chain : chains) {
			String key = dominantActor(chain, actors);
			if (key == null) {
				continue;
			}
			boolean person = actors.isPerson(key);
			for (CorefMention mention : chain.mentions()) {
				if (mention.sentence() >= parses.size() || actors.keyAt(mention.sentence(), mention.head()) != null) {
					continue;
				}
				Parse parse = parses.get(mention.sentence());
				if (mention.head() >= parse.size() || !agrees(parse, mention, person)) {
					continue;
				}
				references.put(Actors.position(mention.sentence(), mention.head()), key);
			}
		}
		return references;
	}

	/** The actor that more than half of the chain's named mentions name, if any. */
	private static @Nullable String dominantActor(CorefChain chain, Actors actors) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		int named = 0;
		for (CorefMention mention : chain.mentions()) {
			String key = actors.keyAt(mention.sentence(), mention.head());
			if (key != null) {
				counts.merge(key, 1, Integer::sum);
				named++;
			}
		}
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (count.getValue() * 2 > named) {
				return count.getKey();
			}
		}
		return null;
	}

	private static boolean agrees(Parse parse, CorefMention mention, boolean person) {
		String head = parse.lower(mention.head());
		if (mention.isPronoun()) {
			return person ? PERSONAL.contains(head) : IMPERSONAL.contains(head);
		}
		if (mention.isProper() || !parse.token(mention.head()).pos().startsWith("NN")) {
			return false;
		}
		Set<WordNet.Kind> kinds = WordNet.kindsOf(parse.lemma(mention.head()));
		return person ? kinds.contains(WordNet.Kind.PERSON) : kinds.contains(WordNet.Kind.ORGANIZATION)
				|| kinds.contains(WordNet.Kind.ARTIFACT) && !kinds.contains(WordNet.Kind.PERSON);
	}

}
