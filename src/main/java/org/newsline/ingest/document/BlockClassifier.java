package org.newsline.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells story paragraphs from page chrome the way jusText does: first each paragraph on
 * its own (its shape, length, share of function words, links and capitals), then the
 * short and doubtful ones by the paragraphs around them, so that a menu item, a
 * related-headline widget or a call to action among chrome goes, and a short line or a
 * crosshead inside the story stays.
 */
final class BlockClassifier {

	/** What a paragraph is, judged on its own. */
	enum Kind {

		/** Long prose: story text whatever surrounds it. */
		GOOD,

		/** Prose of middling length: story text unless chrome surrounds it. */
		NEAR_GOOD,

		/** Too short to judge alone: it takes after its neighbours. */
		SHORT,

		/** Chrome: a recognised shape, a link list, or text without prose in it. */
		BAD

	}

	/** A paragraph's class and, for chrome, why. */
	record Judgement(Kind kind, @Nullable String reason) {
	}

	private static final Set<String> STOP_WORDS = loadStopWords();

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

	/** A breadcrumb trail: "Home » Section » Headline". */
	private static final Pattern BREADCRUMB = Pattern.compile(".{1,40}\\s[»›]\\s.*");

	/** A paragraph that is one upper-case place name, the dateline of the story below. */
	private static final Pattern DATELINE = Pattern
		.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40}(,\\s*\\p{L}[\\p{L} .]{1,30})?\\s*[-–—]?$");

	private final BlockThresholds thresholds;

	private final List<Pattern> boilerplate;

	BlockClassifier(BlockThresholds thresholds, List<Pattern> boilerplate) {
		this.thresholds = thresholds;
		this.boilerplate = List.copyOf(boilerplate);
	}

	/**
	 * Judges every paragraph, first alone and then, for the short and doubtful ones, by
	 * the nearest paragraphs that could be judged alone.
	 */
	List<Judgement> classify(List<Block> blocks) {
		List<Judgement> alone = new ArrayList<>(blocks.size());
		for (Block block : blocks) {
			alone.add(judge(block));
		}
		List<Judgement> revised = new ArrayList<>(alone);
		for (int i = 0; i < blocks.size(); i++) {
			if (alone.get(i).kind() != Kind.SHORT) {
				continue;
			}
			Kind previous = neighbour(alone, i, -1, true);
			Kind next = neighbour(alone, i, 1, true);
			boolean nextToProse = i > 0 && alone.get(i - 1).kind() == Kind.GOOD
					|| i + 1 < alone.size() && alone.get(i + 1).kind() == Kind.GOOD;
			if (previous == Kind.GOOD && next == Kind.GOOD
					|| nextToProse && Paragraphs.endsSentence(blocks.get(i).text())) {
				revised.set(i, new Judgement(Kind.GOOD, null));
			}
			else if (previous == Kind.BAD && next == Kind.BAD) {
				revised.set(i, new Judgement(Kind.BAD, "short line among page chrome"));
			}
			else if (previous == Kind.BAD && neighbour(alone, i, -1, false) == Kind.NEAR_GOOD
					|| next == Kind.BAD && neighbour(alone, i, 1, false) == Kind.NEAR_GOOD) {
				revised.set(i, new Judgement(Kind.GOOD, null));
			}
			else {
				revised.set(i, new Judgement(Kind.BAD, "short line at the edge of the story"));
			}
		}
		for (int i = 0; i < blocks.size(); i++) {
			if (alone.get(i).kind() != Kind.NEAR_GOOD) {
				continue;
			}
			Kind previous = neighbour(revised, i, -1, true);
			Kind next = neighbour(revised, i, 1, true);
			revised.set(i,
					(previous == Kind.BAD && next == Kind.BAD)
							? new Judgement(Kind.BAD, "text among page chrome (menus, widgets, calls to action)")
							: new Judgement(Kind.GOOD, null));
		}
		return revised;
	}

	/**
	 * The class of the nearest paragraph before (step -1) or after (step 1) that is not
	 * short, and optionally not near-good either; beyond either end there is only chrome.
	 */
	private static Kind neighbour(List<Judgement> judgements, int from, int step, boolean skipNearGood) {
		for (int i = from + step; i >= 0 && i < judgements.size(); i += step) {
			Kind kind = judgements.get(i).kind();
			if (kind != Kind.SHORT && !(skipNearGood && kind == Kind.NEAR_GOOD)) {
				return kind;
			}
		}
		return Kind.BAD;
	}

	/** A paragraph judged on its own. */
	Judgement judge(Block block) {
		String text = block.text();
		String shape = shape(text);
		if (shape != null) {
			return new Judgement(Kind.BAD, shape);
		}
		if (block.linkDensity() > this.thresholds.maxLinkDensity()) {
			return new Judgement(Kind.BAD, "mostly links");
		}
		List<String> words = words(text);
		double density = stopWordDensity(words);
		if (text.length() < this.thresholds.lengthLow()) {
			return new Judgement(Kind.SHORT, null);
		}
		if (density < this.thresholds.stopwordsLow() / 2) {
			return new Judgement(Kind.BAD, "no running prose");
		}
		if (readsAsHeadline(text, words)) {
			return new Judgement(Kind.SHORT, null);
		}
		if (density >= this.thresholds.stopwordsHigh() && text.length() >= this.thresholds.lengthHigh()) {
			return new Judgement(Kind.GOOD, null);
		}
		// A whole sentence of a few words may be sparse in function words and still be
		// the story's: its neighbours decide.
		if (density >= this.thresholds.stopwordsLow() || words.size() >= 6 && Paragraphs.endsSentence(text)) {
			return new Judgement(Kind.NEAR_GOOD, null);
		}
		return new Judgement(Kind.BAD, "no running prose");
	}

	/**
	 * The name of a chrome shape the paragraph has: a byline, a date line, a dateline, a
	 * source or photo credit, a share row, a call to action and the like.
	 */
	@Nullable String shape(String text) {
		if (text.length() > 400) {
			return null;
		}
		if (PublicationDateFinder.isDateOnly(text)) {
			return "date line";
		}
		if (Credits.isCredit(text)) {
			return "credit line";
		}
		for (Pattern pattern : this.boilerplate) {
			if (pattern.matcher(text).matches()) {
				return "site boilerplate";
			}
		}
		if (BREADCRUMB.matcher(text).matches() && !Paragraphs.endsSentence(text)) {
			return "breadcrumb trail";
		}
		if (DATELINE.matcher(text).matches()
				&& text.chars().filter(Character::isLowerCase).count() * 3 < text.length()) {
			return "dateline";
		}
		return null;
	}

	/**
	 * Four words or more, most of them capitalised, and no final full stop: a headline,
	 * this story's or another's.
	 */
	private boolean readsAsHeadline(String text, List<String> words) {
		if (words.size() < 4 || Paragraphs.endsSentence(text)) {
			return false;
		}
		int capitalised = 0;
		int counted = 0;
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			if (STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)) && word.length() <= 3) {
				continue;
			}
			counted++;
			if (Character.isUpperCase(word.charAt(0))) {
				capitalised++;
			}
		}
		return counted > 0 && (double) capitalised / counted > this.thresholds.maxCapitalised();
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	static double stopWordDensity(List<String> words) {
		if (words.isEmpty()) {
			return 0;
		}
		int stop = 0;
		for (String word : words) {
			if (STOP_WORDS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''))) {
				stop++;
			}
		}
		return (double) stop / words.size();
	}

	private static Set<String> loadStopWords() {
		try (InputStream in = BlockClassifier.class.getResourceAsStream("stopwords-en.txt")) {
			if (in == null) {
				throw new IllegalStateException("stopwords-en.txt is missing from the classpath");
			}
			Set<String> words = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.startsWith("#")) {
					for (String word : line.strip().split("\\s+")) {
						if (!word.isEmpty()) {
							words.add(word);
						}
					}
				}
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
