package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsline.ingest.nlp.WordNet;

/**
 * The figures a statement gives and what they count, for telling when two parties give
 * different figures for the same thing: "the death toll has risen to 72" and "reduced the
 * death toll to 68"; "two people had died" and "only one death".
 */
final class Figures {

	private static final Pattern TOKEN = Pattern.compile("\\d[\\d,.]*%?|\\p{L}[\\p{L}'’-]*");

	private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
			Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
			Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
			Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
			Map.entry("dozen", 12.0), Map.entry("hundred", 100.0));

	private static final Set<String> MONEY = Set.of("dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan",
			"rupees", "pesos", "usd", "eur", "gbp");

	/** How many words on either side of a figure say what it counts. */
	private static final int WINDOW = 4;

	/**
	 * Units of measurement: two figures in them measure different things more often than
	 * they disagree ("a magnitude 4.5 tremor", "the magnitude 6.9 earthquake").
	 */
	private static final Set<String> MEASUREMENTS = Set.of("magnitude", "kilometer", "kilometers", "kilometres", "km",
			"mile", "miles", "meter", "meters", "metres", "feet", "degree", "degrees", "year", "years", "month",
			"months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "time", "times", "age",
			"aged", "old");

	private static final Set<String> NOT_MEASURES = Set.of("the", "a", "an", "of", "to", "at", "in", "on", "and", "or",
			"from", "by", "with", "as", "than", "more", "least", "about", "around", "over", "up", "only", "had", "has",
			"have", "been", "was", "were", "is", "are", "be", "there", "that", "this", "per", "cent", "percent", "some",
			"nearly", "almost", "roughly", "just", "its", "their", "his", "her", "said", "says", "new", "latest",
			"initial", "earlier", "first", "after", "before", "since", "while", "which", "who", "it", "they");

	private Figures() {
	}

	/** What a figure is: a share, a sum of money, or a count. */
	enum Unit {

		SHARE, MONEY, COUNT

	}

	/** A figure, its unit and the words around it that say what it counts. */
	record Figure(double value, Unit unit, Set<String> measures) {
	}

	/**
	 * Whether two statements give different figures for the same thing: they share a
	 * counted word (or its other forms) and no figure of one equals a figure of the other
	 * that counts it.
	 */
	static boolean conflict(String first, String second) {
		List<Figure> a = figures(first);
		List<Figure> b = figures(second);
		for (Figure x : a) {
			for (Figure y : b) {
				if (x.value() != y.value() && x.unit() == y.unit() && shareMeasure(x, y) && !sameFigureElsewhere(x, b)
						&& !sameFigureElsewhere(y, a)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameFigureElsewhere(Figure figure, List<Figure> others) {
		for (Figure other : others) {
			if (other.value() == figure.value()) {
				return true;
			}
		}
		return false;
	}

	private static boolean shareMeasure(Figure x, Figure y) {
		if (x.measures().stream().anyMatch(y.measures()::contains)) {
			return true;
		}
		for (String word : x.measures()) {
			for (String other : y.measures()) {
				if (word.equals(other) || WordNet.forms(word).contains(other) || WordNet.forms(other).contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	static List<Figure> figures(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Double value = value(words.get(i));
			if (value == null || isYear(words.get(i), value) || i + 1 < words.size() && isTimeWord(words.get(i + 1))
					|| nearMeasurement(words, i)) {
				continue;
			}
			Set<String> measures = new HashSet<>();
			for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.size() - 1, i + WINDOW); j++) {
				String word = words.get(j);
				if (j != i && value(word) == null && word.length() > 2 && !NOT_MEASURES.contains(word)) {
					measures.addAll(stems(word));
				}
			}
			if (!measures.isEmpty()) {
				figures.add(new Figure(value, unit(words, i), measures));
			}
		}
		return figures;
	}

	private static Unit unit(List<String> words, int index) {
		String word = words.get(index);
		String next = (index + 1 < words.size()) ? words.get(index + 1) : "";
		String previous = (index > 0) ? words.get(index - 1) : "";
		if (word.endsWith("%") || next.equals("per") || next.startsWith("percent") || next.equals("points")) {
			return Unit.SHARE;
		}
		if (MONEY.contains(next) || MONEY.contains(previous) || next.equals("billion") || next.equals("million")) {
			return Unit.MONEY;
		}
		return Unit.COUNT;
	}

	private static boolean nearMeasurement(List<String> words, int index) {
		for (int j = Math.max(0, index - 1); j <= Math.min(words.size() - 1, index + 1); j++) {
			if (MEASUREMENTS.contains(words.get(j))) {
				return true;
			}
		}
		return false;
	}

	private static Double value(String word) {
		Double named = NUMBER_WORDS.get(word);
		if (named != null) {
			return named;
		}
		if (!Character.isDigit(word.charAt(0))) {
			return null;
		}
		try {
			return Double.parseDouble(word.replace(",", "").replace("%", "").replaceAll("\\.$", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isYear(String word, double value) {
		return word.length() == 4 && value >= 1800 && value <= 2200 && value == Math.floor(value);
	}

	private static boolean isTimeWord(String word) {
		return word.equals("a.m.") || word.equals("p.m.") || word.equals("am") || word.equals("pm")
				|| word.equals("o'clock");
	}

	/** The word and the bases an inflection may hide: "deaths" "death", "died" "die". */
	private static Set<String> stems(String word) {
		Set<String> stems = new HashSet<>();
		stems.add(word);
		if (word.length() > 4 && word.endsWith("ies")) {
			stems.add(word.substring(0, word.length() - 3) + "y");
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			stems.add(word.substring(0, word.length() - 1));
		}
		if (word.length() > 3 && word.endsWith("ed")) {
			stems.add(word.substring(0, word.length() - 1));
			stems.add(word.substring(0, word.length() - 2));
		}
		return stems;
	}

}
