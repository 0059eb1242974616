package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsline.ingest.nlp.WordNet;

/**
 * Compares the words of two statements: whether they are the same statement reported
 * twice, and whether they contradict each other (different figures for the same thing,
 * the same word asserted by one and denied by the other, opposite words, one calling the
 * other false).
 */
public final class Contradictions {

	private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor", "none", "nothing",
			"neither", "without", "didn't", "don't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "won't",
			"can't", "cannot", "couldn't", "wouldn't", "hasn't", "haven't", "hadn't");

	/** Words that call a statement untrue. */
	private static final Set<String> FALSITY = Set.of("false", "untrue", "lie", "lies", "lying", "fake", "baseless",
			"unfounded", "misleading", "fabricated", "fabrication", "nonsense", "disinformation", "misinformation",
			"inaccurate", "incorrect", "wrong", "debunked", "hoax");

	private static final Pattern DENIAL = Pattern.compile(
			"(?i).{0,80}\\b(den(y|ies|ied|ying)|reject(s|ed|ing)?|dismiss(es|ed|ing)?|refut(es|ed|ing)|disput(es|ed|ing))\\b.*");

	private static final int NEGATION_REACH = 3;

	/** Punctuation that ends a clause, and so the reach of a negation. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]–—]|\\s-\\s");

	private static final String CLAUSE_MARK = "clausebreak";

	private Contradictions() {
	}

	/**
	 * Whether two statements of one speaker are one statement reported twice: about the
	 * same event, a distinctive word in common is enough ("is watching cases", "were
	 * watching the situation"); else at least half the distinctive words of the shorter
	 * one, two or more unless it has only one ("So it's not unusual" and "It's not
	 * unusual. You have measles outbreaks every year.").
	 */
	public static boolean sameStatement(String first, String second, boolean sameEvent) {
		Set<String> a = distinctive(first);
		Set<String> b = distinctive(second);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		int shorter = Math.min(a.size(), b.size());
		if (sameEvent) {
			return !shared.isEmpty();
		}
		return shared.size() * 2 >= shorter && (shared.size() >= 2 || shorter == 1 && shared.size() == 1);
	}

	/**
	 * Whether two statements of different speakers contradict each other: different
	 * figures for the same thing, a word one asserts and the other denies, opposite
	 * adjectives, or one calling the other's matter false.
	 */
	public static boolean conflict(String first, String second) {
		if (Figures.conflict(first, second)) {
			return true;
		}
		List<Word> a = words(first);
		List<Word> b = words(second);
		if (sharedDistinctive(a, b) < 1) {
			return false;
		}
		for (Word x : a) {
			for (Word y : b) {
				if (x.text().length() < 4 || y.text().length() < 4) {
					continue;
				}
				boolean same = x.text().equals(y.text());
				if (same && x.negated() != y.negated() && !Lexicon.PRONOUNS.contains(x.text())
						&& !OccurrenceMatcher.isStopWord(x.text())) {
					return true;
				}
				boolean opposite = WordNet.antonyms(x.text()).contains(y.text())
						|| WordNet.antonyms(y.text()).contains(x.text());
				if (opposite && x.negated() == y.negated()) {
					return true;
				}
			}
		}
		return a.stream().anyMatch((word) -> FALSITY.contains(word.text()) && !word.negated())
				|| b.stream().anyMatch((word) -> FALSITY.contains(word.text()) && !word.negated());
	}

	/** Whether two statements give different figures for the same thing. */
	public static boolean differentFigures(String first, String second) {
		return Figures.conflict(first, second);
	}

	/** Whether a statement, as the importer records it, denies something. */
	public static boolean isDenial(String text) {
		return DENIAL.matcher(text).matches();
	}

	/** Whether a statement accuses someone of wrongdoing. */
	public static boolean accuses(String text) {
		return ArticleDisputes.accuses(text);
	}

	/** Whether two statements share a distinctive word: they may speak of one thing. */
	static boolean shareSubject(String first, String second) {
		return sharedDistinctive(words(first), words(second)) > 0;
	}

	private record Word(String text, boolean negated) {
	}

	private static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		int sinceNegation = NEGATION_REACH + 1;
		for (String raw : WORD.split(CLAUSE_BREAK.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''))
			.replaceAll(" " + CLAUSE_MARK + " "))) {
			if (raw.isEmpty()) {
				continue;
			}
			if (raw.equals(CLAUSE_MARK)) {
				// A negation reaches no further than its clause.
				sinceNegation = NEGATION_REACH + 1;
				continue;
			}

			String word = raw.endsWith("n't") && raw.length() > 3 ? raw : raw.replaceAll("^'+|'+$", "");
			if (NEGATIONS.contains(word) || word.endsWith("n't")) {
				sinceNegation = 0;
				continue;
			}
			sinceNegation = Math.min(sinceNegation + 1, NEGATION_REACH + 1);
			// A negation falls on the first word of substance after it ("did not support
			// this operation" denies the support, not the operation).
			boolean negated = sinceNegation <= NEGATION_REACH && !OccurrenceMatcher.isStopWord(word);
			if (negated) {
				sinceNegation = NEGATION_REACH + 1;
			}
			words.add(new Word(word, negated));
		}
		return words;
	}

	private static int sharedDistinctive(List<Word> a, List<Word> b) {
		Set<String> first = new HashSet<>();
		a.forEach((word) -> first.add(word.text()));
		Set<String> shared = new HashSet<>();
		for (Word word : b) {
			if (first.contains(word.text()) && isDistinctive(word.text())) {
				shared.add(word.text());
			}
		}
		return shared.size();
	}

	private static Set<String> distinctive(String text) {
		Set<String> words = new HashSet<>();
		for (Word word : words(text)) {
			if (isDistinctive(word.text())) {
				words.add(word.text());
			}
		}
		return words;
	}

	private static boolean isDistinctive(String word) {
		return word.length() >= 5 && !OccurrenceMatcher.isStopWord(word) && !Lexicon.REPORTING_VERBS.contains(word)
				&& word.chars().allMatch(Character::isLetter);
	}

}
