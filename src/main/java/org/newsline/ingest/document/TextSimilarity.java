package org.newsline.ingest.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two article texts are, to spot rewrites/syndicated copies of the same report.
 *
 * <p>
 * The score is the geometric mean of two cosine similarities over content words
 * (lower-cased, accents and common suffixes removed, stop words dropped): one over word
 * frequencies, which rewards the same vocabulary, and one over pairs of words that occur
 * within {@value #WINDOW} words of each other, which rewards the same facts told in the
 * same neighbourhood even when the wording changes. Articles that merely share a topic
 * share words but few pairs. Identical texts score 1, texts without content words in
 * common 0.
 */
public final class TextSimilarity {

	/**
	 * A score at or above this marks two texts as versions of the same report, calibrated
	 * on rewritten and same-topic news articles.
	 */
	public static final double SAME_REPORT_THRESHOLD = 0.13;

	private static final int WINDOW = 4;

	private static final int MAX_WORDS = 50_000;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Set<String> STOP_WORDS = Set
		.copyOf(List.of(("a about above after again against all also am an and any "
				+ "are as at be because been before being below between both but by can could did do does doing down "
				+ "during each few for from further had has have having he her here hers herself him himself his how i "
				+ "if in into is it its itself just me more most my no nor not now of off on once only or other our ours "
				+ "out over own same she should so some such than that the their theirs them themselves then there these "
				+ "they this those through to too under until up very was we were what when where which while who whom "
				+ "why will with would you your yours yourself said says say saying told according one two also however "
				+ "may might must last first since including us new like get got make made many much even still well "
				+ "yet via per")
			.split(" ")));

	private TextSimilarity() {
	}

	public static double similarity(String textA, String textB) {
		List<String> wordsA = contentWords(textA);
		List<String> wordsB = contentWords(textB);
		if (wordsA.isEmpty() || wordsB.isEmpty()) {
			return 0;
		}
		double words = cosine(counts(wordsA), counts(wordsB));
		double pairs = cosine(pairCounts(wordsA), pairCounts(wordsB));
		return Math.min(1.0, Math.sqrt(words * pairs));
	}

	static List<String> contentWords(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		int i = 0;
		int length = folded.length();
		while (i < length && words.size() < MAX_WORDS) {
			if (!Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && (Character.isLetterOrDigit(folded.charAt(i)) || (isApostrophe(folded.charAt(i))
					&& i + 1 < length && Character.isLetter(folded.charAt(i + 1))))) {
				i++;
			}
			String word = folded.substring(start, i);
			int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
			if (apostrophe > 0) {
				word = word.substring(0, apostrophe);
			}
			if (word.length() > 1 && !STOP_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’';
	}

	private static String stem(String word) {
		for (String suffix : List.of("ies", "es", "s", "ing", "ed", "ly")) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	private static Map<String, Integer> counts(List<String> words) {
		Map<String, Integer> counts = new HashMap<>();
		for (String word : words) {
			counts.merge(word, 1, Integer::sum);
		}
		return counts;
	}

	private static Map<String, Integer> pairCounts(List<String> words) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			for (int j = i + 1; j <= i + WINDOW && j < words.size(); j++) {
				String a = words.get(i);
				String b = words.get(j);
				counts.merge((a.compareTo(b) <= 0) ? a + ' ' + b : b + ' ' + a, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		Map<String, Integer> smaller = (a.size() <= b.size()) ? a : b;
		Map<String, Integer> larger = (smaller == a) ? b : a;
		double dot = 0;
		for (Map.Entry<String, Integer> entry : smaller.entrySet()) {
			Integer other = larger.get(entry.getKey());
			if (other != null) {
				dot += (double) entry.getValue() * other;
			}
		}
		return (dot == 0) ? 0 : dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Integer> counts) {
		double sum = 0;
		for (int count : counts.values()) {
			sum += (double) count * count;
		}
		return Math.sqrt(sum);
	}

}
