package org.newsline.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.newsline.event.DatePrecision;
import org.newsline.ingest.nlp.WordNet;

/**
 * Decides whether two event descriptions are the same real-world occurrence, from their
 * date intervals, shared actors and shared content words.
 */
public final class OccurrenceMatcher {

	static final double THRESHOLD = 0.5;

	private static final int INCIDENT_DAYS = 7;

	private static final int CAMPAIGN_DAYS = 62;

	private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at",
			"to", "for", "with", "by", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
			"been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "he", "she", "they", "his", "her",
			"their", "which", "who", "what", "when", "where", "not", "no", "also", "than", "then", "said", "says",
			"say", "will", "would", "could", "may", "might", "can", "there", "into", "over", "after", "before", "about",
			"more", "most", "some", "such", "according", "since", "while", "during", "one", "two");

	/** Words too general to tie two descriptions together. */
	private static final Set<String> GENERIC = Set.of("be", "have", "do", "make", "get", "take", "go", "give", "come",
			"use", "put", "set", "run", "show", "hold", "keep", "turn", "move", "person", "people", "thing", "act",
			"event", "time", "day", "year", "group", "part", "state", "change", "work", "action", "activity", "know",
			"see", "find", "want", "look", "leave", "call", "report", "statement");

	private OccurrenceMatcher() {
	}

	/**
	 * Whether both describe one occurrence: overlapping dates and enough shared actors
	 * and wording.
	 */
	public static boolean sameOccurrence(Occurrence a, Occurrence b) {
		if (incidentOfACampaign(a, b) || incidentOfACampaign(b, a)) {
			return false;
		}
		if (overlaps(a, b)) {
			return wordSimilarity(a, b) >= 0.25 && score(a, b) >= THRESHOLD;
		}
		// Reports of one occurrence may date it a day apart ("late Tuesday" after hours,
		// "on Wednesday" at the close): then the words and an actor must agree.
		return adjacentDays(a, b) && wordSimilarity(a, b) >= 0.5 && sharesActor(a, b);
	}

	/**
	 * A dated incident inside a months-long stretch ("strikes on boats since September")
	 * is one of its parts, not the same occurrence told again.
	 */
	private static boolean incidentOfACampaign(Occurrence incident, Occurrence campaign) {
		return days(incident) <= INCIDENT_DAYS && days(campaign) > CAMPAIGN_DAYS;
	}

	private static long days(Occurrence occurrence) {
		return java.time.temporal.ChronoUnit.DAYS.between(occurrence.start(), occurrence.end()) + 1;
	}

	private static boolean adjacentDays(Occurrence a, Occurrence b) {
		return a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
				&& Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.start(), b.start())) <= 1;
	}

	private static boolean sharesActor(Occurrence a, Occurrence b) {
		return a.actorKeys().stream().anyMatch(b.actorKeys()::contains);
	}

	/** A similarity between 0 and 1; 0 when the date intervals do not overlap. */
	public static double score(Occurrence a, Occurrence b) {
		if (!overlaps(a, b)) {
			return 0;
		}
		double date = a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY ? 1.0
				: a.start().equals(b.start()) && a.end().equals(b.end()) ? 0.9 : 0.6;
		double actors;
		if (a.actorKeys().isEmpty() && b.actorKeys().isEmpty()) {
			actors = 0.5;
		}
		else {
			Set<String> shared = new HashSet<>(a.actorKeys());
			shared.retainAll(b.actorKeys());
			actors = (double) shared.size() / Math.max(1, Math.min(a.actorKeys().size(), b.actorKeys().size()));
			actors = Math.min(1.0, actors);
		}
		return 0.2 * date + 0.3 * actors + 0.5 * wordSimilarity(a, b);
	}

	private static boolean overlaps(Occurrence a, Occurrence b) {
		return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
	}

	// Names are weighed by the actor term; counting them again as shared wording would
	// make any two things one actor did in the same period look alike.
	private static double wordSimilarity(Occurrence a, Occurrence b) {
		Set<String> names = new HashSet<>();
		a.actorKeys().forEach((key) -> names.addAll(words(key)));
		b.actorKeys().forEach((key) -> names.addAll(words(key)));
		double titles = overlap(without(words(a.title()), names), without(words(b.title()), names));
		double summaries = overlap(without(words(a.title() + " " + a.summary()), names),
				without(words(b.title() + " " + b.summary()), names));
		return Math.max(titles, summaries);
	}

	private static Set<String> without(Set<String> words, Set<String> excluded) {
		Set<String> kept = new HashSet<>(words);
		kept.removeAll(excluded);
		return kept;
	}

	private static double overlap(Set<String> first, Set<String> second) {
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> smallerSet = (first.size() <= second.size()) ? first : second;
		Set<String> largerSet = (smallerSet == first) ? second : first;
		int shared = 0;
		for (String word : smallerSet) {
			if (largerSet.contains(word) || largerSet.stream().anyMatch((other) -> related(word, other))) {
				shared++;
			}
		}
		int smaller = smallerSet.size();
		// One common word between two descriptions of three words or more ("military") is
		// chance.
		if (shared < 2 && smaller >= 3) {
			return 0;
		}
		return (double) shared / smaller;
	}

	/**
	 * Whether two words may name the same thing: WordNet gives them a sense in common, a
	 * form of each other, or the one as the general term of the other ("quake" and
	 * "earthquake", "strike" and "attack", "boats" and "vessels").
	 */
	static boolean related(String word, String other) {
		if (word.equals(other)) {
			return true;
		}
		if (word.length() < 4 || other.length() < 4 || GENERIC.contains(word) || GENERIC.contains(other)) {
			return false;
		}
		Set<String> meanings = WordNet.meanings(word);
		if (meanings.contains(other)) {
			return true;
		}
		for (String meaning : WordNet.meanings(other)) {
			if (meanings.contains(meaning) && !GENERIC.contains(meaning)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word is too common to tell two descriptions apart. */
	static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word);
	}

	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() > 2 && !STOP_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
	}

	// A light suffix stripper: enough to match "strikes"/"strike", "attacked"/"attack".
	private static String stem(String word) {
		for (String suffix : new String[] { "ing", "ed", "es", "s" }) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

}
