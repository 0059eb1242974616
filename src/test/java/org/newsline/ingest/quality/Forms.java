package org.newsline.ingest.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsline.actor.AliasKey;

/**
 * How the scorer compares words: names fold with {@link AliasKey}; keywords match whole
 * words of a text, case- and accent-insensitively, after a light suffix stripping that
 * lets "briefings" match "briefing" and "scrambled" match "scramble".
 */
final class Forms {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * Words after which a speaker label's head noun has been seen ("sources who ...",
	 * "advisor to ...").
	 */
	private static final Set<String> POST_HEAD = Set.of("who", "whom", "whose", "which", "that", "of", "for", "to",
			"with", "from", "familiar", "in", "at", "on", "close", "about", "by");

	private Forms() {
	}

	static List<String> concat(String first, Collection<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	/**
	 * True when some form of one side folds to the same alias key as some form of the
	 * other.
	 */
	static boolean sameName(Collection<String> forms, Collection<String> others) {
		for (String form : forms) {
			String key = key(form);
			if (key.isEmpty()) {
				continue;
			}
			for (String other : others) {
				if (key.equals(key(other))) {
					return true;
				}
			}
		}
		return false;
	}

	static String key(String name) {
		String folded = NOT_WORD.matcher(fold(name)).replaceAll(" ").trim();
		return folded.isEmpty() ? "" : AliasKey.of(name).value();
	}

	/** The text's words, folded and stemmed. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_WORD.split(fold(text).replace("'", "").replace("’", ""))) {
			if (!word.isEmpty()) {
				words.add(stem(word));
			}
		}
		return words;
	}

	/** True when the keyword's words occur in the text, consecutively and in order. */
	static boolean contains(String text, String keyword) {
		return containsWords(words(text), words(keyword));
	}

	static boolean containsWords(List<String> text, List<String> phrase) {
		if (phrase.isEmpty()) {
			return false;
		}
		for (int start = 0; start + phrase.size() <= text.size(); start++) {
			if (text.subList(start, start + phrase.size()).equals(phrase)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The head noun of a speaker label: its last word before a relative clause or a
	 * preposition.
	 */
	static String headNoun(String label) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_WORD.split(fold(label).replace("'s", "").replace("’s", ""))) {
			if (word.isEmpty()) {
				continue;
			}
			if (!words.isEmpty() && POST_HEAD.contains(word)) {
				break;
			}
			words.add(word);
		}
		return words.isEmpty() ? "" : words.get(words.size() - 1);
	}

	static String stem(String word) {
		String stem = word;
		if (stem.length() > 4 && stem.endsWith("ies")) {
			stem = stem.substring(0, stem.length() - 3) + "y";
		}
		else if (stem.length() > 4 && (stem.endsWith("sses") || stem.endsWith("shes") || stem.endsWith("ches")
				|| stem.endsWith("xes") || stem.endsWith("zes"))) {
			stem = stem.substring(0, stem.length() - 2);
		}
		else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		if (stem.length() > 5 && stem.endsWith("ing")) {
			stem = stem.substring(0, stem.length() - 3);
		}
		else if (stem.length() > 4 && stem.endsWith("ied")) {
			stem = stem.substring(0, stem.length() - 3) + "y";
		}
		else if (stem.length() > 4 && stem.endsWith("ed")) {
			stem = stem.substring(0, stem.length() - 2);
		}
		if (stem.length() > 4 && stem.endsWith("e")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem;
	}

	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
