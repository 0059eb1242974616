package org.newsline.ingest.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the story of an article's paragraphs: drops everything from a section ender on,
 * repeated paragraphs, boilerplate lines, attribution trailers (remembering the outlet
 * they name) and trailing lines that are not part of the story.
 */
final class ArticleCleaner {

	private final CleaningRules rules;

	ArticleCleaner(CleaningRules rules) {
		this.rules = rules;
	}

	Cleaned clean(List<Block> input) {
		List<String> notes = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		for (Block block : input) {
			String text = Paragraphs.normalize(block.text());
			if (!text.isEmpty()) {
				blocks.add(block.withText(text));
			}
		}
		cutAtSectionEnder(blocks, notes);
		dropRepeated(blocks, notes);
		dropBoilerplate(blocks, notes);
		Attribution attribution = new Attribution();
		takeAttribution(blocks, attribution);
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

	private void cutAtSectionEnder(List<Block> blocks, List<String> notes) {
		for (int i = 1; i < blocks.size(); i++) {
			String text = blocks.get(i).text();
			if (isShort(text) && matchesAny(this.rules.sectionEnders(), text)) {
				int removed = blocks.size() - i;
				blocks.subList(i, blocks.size()).clear();
				notes.add("removed " + lines(removed) + " from '" + text + "' on");
				return;
			}
		}
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

	private void dropBoilerplate(List<Block> blocks, List<String> notes) {
		int before = blocks.size();
		blocks.removeIf((block) -> isBoilerplate(block.text()));
		int removed = before - blocks.size();
		if (removed > 0) {
			notes.add("removed " + lines(removed) + " of site boilerplate");
		}
	}

	private boolean isBoilerplate(String text) {
		if (!isShort(text) || matchesAny(this.rules.attributionTrailers(), text)) {
			return false;
		}
		return matchesAny(this.rules.boilerplateLines(), text) || PublicationDateFinder.isDateOnly(text);
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
