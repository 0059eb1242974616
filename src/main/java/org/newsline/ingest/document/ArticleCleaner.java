package org.newsline.ingest.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the story of an article's paragraphs: drops photo credits, everything from a
 * section ender after the story on, repeated paragraphs, page chrome (see
 * {@link BlockClassifier}), attribution trailers (remembering the outlet they name) and
 * trailing lines that are not part of the story.
 */
final class ArticleCleaner {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

	private final CleaningRules rules;

	private final BlockClassifier classifier;

	ArticleCleaner(CleaningRules rules) {
		this.rules = rules;
		this.classifier = new BlockClassifier(rules.blocks(), rules.boilerplateLines());
	}

	Cleaned clean(List<Block> input) {
		List<String> notes = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		int credits = 0;
		int split = 0;
		for (Block block : input) {
			String normalized = Paragraphs.normalize(block.text());
			String text = Credits.strip(normalized);
			if (text.length() < normalized.length()) {
				credits++;
			}
			if (text.length() > this.rules.blocks().splitLength()) {
				split++;
				for (String sentence : SENTENCE_END.split(text)) {
					blocks.add(new Block(sentence, false, true));
				}
			}
			else if (!text.isEmpty()) {
				blocks.add(block.withText(text));
			}
		}
		if (credits > 0) {
			notes.add("removed " + credits + " photo credit" + (credits == 1 ? "" : "s") + " from captions");
		}
		if (split > 0) {
			notes.add("read " + split + " over-long paragraph" + (split == 1 ? "" : "s")
					+ " (a page on one line?) sentence by sentence");
		}
		cutAtSectionEnder(blocks, notes);
		dropRepeated(blocks, notes);
		Attribution attribution = new Attribution();
		takeAttribution(blocks, attribution);
		dropChrome(blocks, notes);
		dropTrailingHeadlines(blocks, notes);
		takeAttribution(blocks, attribution);
		if (attribution.removed > 0) {
			notes.add("removed " + lines(attribution.removed) + " naming the source of the story");
		}
		if (blocks.size() > this.rules.maxParagraphs()) {
			notes.add("kept the first " + this.rules.maxParagraphs() + " of " + blocks.size() + " paragraphs");
			blocks.subList(this.rules.maxParagraphs(), blocks.size()).clear();
		}
		return new Cleaned(blocks, attribution.outlet, notes);
	}

	/**
	 * A section ender ("Related", "Trending now") after story text ends the story; one
	 * before any story text only starts a widget, which the classifier weighs.
	 */
	private void cutAtSectionEnder(List<Block> blocks, List<String> notes) {
		boolean storyStarted = false;
		for (int i = 0; i < blocks.size(); i++) {
			String text = blocks.get(i).text();
			if (isShort(text) && matchesAny(this.rules.sectionEnders(), text)) {
				if (!storyStarted) {
					blocks.set(i, blocks.get(i).withText(""));
					continue;
				}
				int removed = blocks.size() - i;
				blocks.subList(i, blocks.size()).clear();
				notes.add("removed " + lines(removed) + " from '" + text + "' on");
				break;
			}
			storyStarted |= this.classifier.judge(blocks.get(i)).kind() == BlockClassifier.Kind.GOOD;
		}
		blocks.removeIf((block) -> block.text().isEmpty());
	}

	private static void dropRepeated(List<Block> blocks, List<String> notes) {
		Set<String> seen = new HashSet<>();
		int before = blocks.size();
		blocks.removeIf((block) -> !seen.add(block.text()));
		int removed = before - blocks.size();
		if (removed > 0) {
			notes.add("dropped " + removed + " repeated paragraph" + (removed == 1 ? "" : "s"));
		}
	}

	/**
	 * Drops what the classifier judges page chrome, and says how much of each kind went,
	 * with an example.
	 */
	private void dropChrome(List<Block> blocks, List<String> notes) {
		List<BlockClassifier.Judgement> judgements = this.classifier.classify(blocks);
		Map<String, List<String>> removed = new LinkedHashMap<>();
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			BlockClassifier.Judgement judgement = judgements.get(i);
			if (judgement.kind() == BlockClassifier.Kind.BAD) {
				removed.computeIfAbsent(String.valueOf(judgement.reason()), (reason) -> new ArrayList<>())
					.add(blocks.get(i).text());
			}
			else {
				kept.add(blocks.get(i));
			}
		}
		if (kept.isEmpty()) {
			// Nothing reads as a story page: a short text on its own. Only the lines of a
			// known chrome shape go.
			blocks.removeIf((block) -> this.classifier.shape(block.text()) != null);
			return;
		}
		blocks.clear();
		blocks.addAll(kept);
		removed.forEach((reason, lines) -> notes.add("removed " + lines(lines.size()) + " of page chrome (" + reason
				+ ", such as '" + example(lines.get(0)) + "')"));
	}

	private static String example(String line) {
		return (line.length() <= 60) ? line : line.substring(0, 57).strip() + "…";
	}

	private void takeAttribution(List<Block> blocks, Attribution attribution) {
		int from = Math.max(1, blocks.size() - this.rules.attributionWindow());
		for (int i = blocks.size() - 1; i >= from; i--) {
			String text = blocks.get(i).text();
			if (!isShort(text)) {
				continue;
			}
			for (Pattern pattern : this.rules.attributionTrailers()) {
				Matcher matcher = pattern.matcher(text);
				if (matcher.matches()) {
					String outlet = outletOf(pattern, matcher);
					if (attribution.outlet == null && outlet != null) {
						attribution.outlet = outlet;
					}
					blocks.remove(i);
					attribution.removed++;
					break;
				}
			}
		}
	}

	private static @Nullable String outletOf(Pattern pattern, Matcher matcher) {
		if (!pattern.pattern().contains("(?<outlet>")) {
			return null;
		}
		String outlet = matcher.group("outlet");
		if (outlet == null) {
			return null;
		}
		outlet = outlet.strip().replaceAll("[\\s.,;:]+$", "");
		return outlet.isEmpty() ? null : outlet;
	}

	/**
	 * Removes short lines after the story's last sentence: headlines of other stories,
	 * link texts and such. A list introduced by a line ending in a colon belongs to the
	 * story and stays.
	 */
	private void dropTrailingHeadlines(List<Block> blocks, List<String> notes) {
		int end = blocks.size();
		@Nullable Boolean listLeadIn = null;
		while (end > 1) {
			Block block = blocks.get(end - 1);
			if (!isTrailingHeadline(block)) {
				break;
			}
			if (block.listItem()) {
				if (listLeadIn == null) {
					listLeadIn = hasListLeadIn(blocks, end - 1);
				}
				if (listLeadIn) {
					break;
				}
			}
			else {
				listLeadIn = null;
			}
			end--;
		}
		int removed = blocks.size() - end;
		if (removed > 0) {
			blocks.subList(end, blocks.size()).clear();
			notes.add("removed " + removed + " trailing line" + (removed == 1 ? "" : "s") + " not part of the story");
		}
	}

	private boolean isTrailingHeadline(Block block) {
		String text = block.text();
		return Paragraphs.wordCount(text) < this.rules.maxTrailingHeadlineWords() && !Paragraphs.endsSentence(text)
				&& !text.endsWith(":");
	}

	private static boolean hasListLeadIn(List<Block> blocks, int listItem) {
		int i = listItem - 1;
		while (i >= 0 && blocks.get(i).listItem()) {
			i--;
		}
		return i >= 0 && blocks.get(i).text().endsWith(":");
	}

	private boolean isShort(String text) {
		return text.length() <= this.rules.maxBoilerplateLength();
	}

	private static boolean matchesAny(List<Pattern> patterns, String text) {
		for (Pattern pattern : patterns) {
			if (pattern.matcher(text).matches()) {
				return true;
			}
		}
		return false;
	}

	private static String lines(int count) {
		return count + (count == 1 ? " line" : " lines");
	}

	/**
	 * The story's paragraphs, the outlet an attribution trailer named, and what cleaning
	 * did.
	 */
	record Cleaned(List<Block> blocks, @Nullable String outlet, List<String> notes) {
	}

	private static final class Attribution {

		private @Nullable String outlet;

		private int removed;

	}

}
