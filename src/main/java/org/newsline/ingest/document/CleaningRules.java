package org.newsline.ingest.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules that decide what of a file is article text: size limit, boilerplate lines,
 * section enders, attribution trailers and the trailing-headline heuristic.
 *
 * <p>
 * Patterns are matched against one whole normalised paragraph at a time, and only against
 * short paragraphs (at most {@code maxBoilerplateLength} characters), so a story sentence
 * that merely mentions "subscribe" stays. An attribution trailer may capture the outlet
 * in a group named {@code outlet}.
 *
 * @param maxBytes largest file accepted, checked before anything is parsed
 * @param boilerplateLines paragraphs to drop wherever they appear
 * @param sectionEnders paragraphs that start a non-story section: they and everything
 * after them are dropped
 * @param attributionTrailers lines near the end that name the source of the story,
 * dropped from the text
 * @param maxParagraphs most paragraphs kept from one article
 * @param maxBoilerplateLength longest paragraph the patterns are tried on
 * @param attributionWindow how many paragraphs from the end are searched for attribution
 * trailers
 * @param maxTrailingHeadlineWords trailing lines shorter than this, without sentence
 * punctuation, are dropped
 * @param maxTitleWords longest first line of a text file still taken as its headline
 * @param blocks how paragraphs are told from page chrome
 */
public record CleaningRules(long maxBytes, List<Pattern> boilerplateLines, List<Pattern> sectionEnders,
		List<Pattern> attributionTrailers, int maxParagraphs, int maxBoilerplateLength, int attributionWindow,
		int maxTrailingHeadlineWords, int maxTitleWords, BlockThresholds blocks) {

	/** Five megabytes, the default file size limit. */
	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	public CleaningRules {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
		if (maxParagraphs <= 0 || maxBoilerplateLength <= 0 || attributionWindow < 0 || maxTrailingHeadlineWords < 0
				|| maxTitleWords <= 0) {
			throw new IllegalArgumentException("Paragraph and word limits must be positive");
		}
		boilerplateLines = List.copyOf(boilerplateLines);
		sectionEnders = List.copyOf(sectionEnders);
		attributionTrailers = List.copyOf(attributionTrailers);
	}

	public static CleaningRules defaults() {
		return new CleaningRules(DEFAULT_MAX_BYTES, compile(DEFAULT_BOILERPLATE), compile(DEFAULT_SECTION_ENDERS),
				compile(DEFAULT_ATTRIBUTION_TRAILERS), 2000, 400, 4, 12, 20, BlockThresholds.defaults());
	}

	public CleaningRules withMaxBytes(long maxBytes) {
		return new CleaningRules(maxBytes, this.boilerplateLines, this.sectionEnders, this.attributionTrailers,
				this.maxParagraphs, this.maxBoilerplateLength, this.attributionWindow, this.maxTrailingHeadlineWords,
				this.maxTitleWords, this.blocks);
	}

	public CleaningRules withBlocks(BlockThresholds blocks) {
		return new CleaningRules(this.maxBytes, this.boilerplateLines, this.sectionEnders, this.attributionTrailers,
				this.maxParagraphs, this.maxBoilerplateLength, this.attributionWindow, this.maxTrailingHeadlineWords,
				this.maxTitleWords, blocks);
	}

	/**
	 * Compiles patterns the way the defaults are compiled: case-insensitive,
	 * Unicode-aware.
	 */
	public static List<Pattern> compile(List<String> regexes) {
		return regexes.stream().map((regex) -> Pattern.compile(regex, FLAGS)).toList();
	}

	static final List<String> DEFAULT_BOILERPLATE = List.of(
			// comment forms
			"^leave a (reply|comment)\\b.*", ".*\\byour email address will not be published\\b.*",
			"^required fields are marked\\b.*", "^(you must be )?(logged|log|signed|sign) in to (post a )?comment\\b.*",
			// subscription and account prompts addressed to the reader
			"^for (ongoing|more|the latest|further|live|breaking|continued|exclusive)\\b.{0,160}\\b(updates|coverage|news|stories|exclusives|analysis)\\b.{0,160}\\b(subscrib\\w*|sign(ing)? up|creat(e|ing) an account|register\\w*|newsletter|check out|visit|follow|download)\\b.*",
			"^(sign up|subscribe|register|log in|create an account|get our|download our|download the)\\b.{0,200}",
			".{0,200}\\b(you can|you should|please|don't forget to|be sure to|consider|want to)\\b.{0,100}\\b(subscrib\\w*|sign(ing)? up for|creat(e|ing) an account|our newsletter|follow us)\\b.*",
			// share bars and calls to action
			"^share( this( article| story| post| page)?| on| via| with)?\\s*:?(\\W*(facebook|twitter|x|email|whatsapp|linkedin|reddit|telegram|print|copy link))*\\W*$",
			"^(share|tweet|email|print|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest)([\\s|·•,/]+(share|tweet|email|print|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest))*\\W*$",
			"^click here\\b.*", "^(tap|follow) (here|us|this link)\\b.*",
			"^(advertisement|advertising|sponsored( content)?|ad|scroll to continue( with content)?|continue reading|story continues( below)?( advertisement)?|skip (to|past) .{0,40}|back to top)\\W*$",
			"^(read|see|watch|listen|also read|read more|more|related)\\s*:\\s.{0,160}", "^we use cookies\\b.*",
			"^(accept|reject|manage) (all )?cookies\\b.*",
			"^(tags?|topics?|filed under|categories|category)\\s*:.{0,200}",
			"^(all rights reserved\\b|©|\\(c\\)|copyright\\b).{0,200}",
			"^(published|first published|originally published|posted|updated|last updated|last modified)\\b( on| at)?\\s*:?\\s*.{0,80}\\d{4}[^.!?]{0,30}$",
			// bylines
			"^by\\s+\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})*$");

	static final List<String> DEFAULT_SECTION_ENDERS = List.of("^leave a (reply|comment)\\b.*",
			"^related( posts| articles| stories| coverage| content| news| reading| topics| links)?\\s*:?$",
			"^(more (from|on|in) .{1,40}|more (stories|news|articles|headlines)|you (may|might) also like|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|trending( now| stories)?|latest (news|stories|headlines)|also read|see also|read more|read next|what to read next|about the author|(\\d+ )?comments?|(join|start) the (conversation|discussion)|sponsored stories|from around the web)\\s*:?$");

	static final List<String> DEFAULT_ATTRIBUTION_TRAILERS = List.of(
			"^(source|sources|via|credit|courtesy)\\s*:\\s*(?<outlet>[^:;\\n]{2,60}?)\\s*\\.?$",
			"^(this (article|story|report) )?(was )?(originally|first) (published|appeared|posted) (by|on|in|at) (?<outlet>[^,;:\\n]{2,60}?)(\\s+on\\s.{0,40})?\\s*\\.?$",
			"^(this (article|story|report) )(first )?appeared (first )?(on|in) (?<outlet>[^,;:\\n]{2,60}?)(\\s+on\\s.{0,40})?\\s*\\.?$",
			"^\\(?(additional )?(reporting|writing|editing|compiled) by\\b.{0,200}\\)?$",
			"^[-–—]\\s*(?<outlet>\\p{Lu}[\\p{L}&.' ]{1,40}?)\\s*$",
			"^(©|\\(c\\)|copyright)\\s*(\\d{4}(\\s*[-–]\\s*\\d{4})?\\s*)?(?<outlet>\\p{L}[^.,;:\\n]{1,60}?)\\.?(\\s*all rights reserved\\.?)?$");

}
