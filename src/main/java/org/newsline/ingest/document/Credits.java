package org.newsline.ingest.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo and source credits: whole lines ("Photo: Agency/Name", "Source Outlet") and the
 * credit at the end of a caption ("… | Name/Agency via Getty Images", "… (Agency)").
 * Credits name photographers and agencies, not the people of the story.
 */
final class Credits {

	private static final String AGENCIES = "getty images|afp|reuters|ap|ap photo|associated press|epa|efe|anadolu|"
			+ "xinhua|shutterstock|alamy|bloomberg|pa images|pa wire|sipa|abaca|ansa|dpa|kyodo|yonhap";

	/** A line that is nothing but a credit. */
	private static final Pattern CREDIT_LINE = Pattern
		.compile("^[|/]?\\s*(\\(?(photo|photos|photograph|image|images|picture|pictures|video|graphic|illustration|"
				+ "credit|credits|source|courtesy|via)( by| credit| courtesy of)?\\s*[:|]?\\s+[^.!?]{1,80}\\)?"
				+ "|(contributed|file|handout) (photo|image)" + "|(?=.*(/|\\bvia\\b|\\bphoto|©)).{0,80}\\b(" + AGENCIES
				+ ")\\b[^.!?]{0,40})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A segment after a bar that credits a photo: "Name/Agency", "… via Getty Images".
	 */
	private static final Pattern CREDIT_SEGMENT = Pattern
		.compile("^\\s*(\\(?(photo|image|picture|credit|courtesy|file)\\b.{0,80}|(contributed|handout) (photo|image)|"
				+ "[^.!?]{0,60}(/|\\bvia\\b)[^.!?]{1,60}|" + "[^.!?]{0,60}\\b(" + AGENCIES + ")\\b[^.!?]{0,40})\\s*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A trailing parenthesised name: "(Presidential Communications Office)". */
	private static final Pattern TRAILING_NAME = Pattern.compile(
			"^(?<caption>.*[.!?][\"'”’]?)\\s*\\((?<name>\\p{Lu}[\\p{L}'’.&-]*(\\s+(of|the|and|for|de|\\p{Lu}[\\p{L}'’.&-]*)){0,6})\\)$");

	private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"'”’]?\\s+[\"“‘]?\\p{Lu}");

	private Credits() {
	}

	static boolean isCredit(String line) {
		return line.length() <= 140 && Paragraphs.wordCount(line) <= 12 && !Paragraphs.endsSentence(line)
				&& CREDIT_LINE.matcher(line).matches();
	}

	/**
	 * The paragraph without a trailing photo credit: the segments after a bar that credit
	 * a photo, or a parenthesised name after a one-sentence caption (a passage of several
	 * sentences ending in a name in brackets credits its source, and keeps it).
	 */
	static String strip(String text) {
		String kept = text;
		int bar;
		while ((bar = kept.lastIndexOf(" | ")) > 0 && CREDIT_SEGMENT.matcher(kept.substring(bar + 3)).matches()) {
			kept = kept.substring(0, bar).strip();
		}
		if (kept.startsWith("| ") && CREDIT_SEGMENT.matcher(kept.substring(2)).matches()) {
			return "";
		}
		Matcher trailing = TRAILING_NAME.matcher(kept);
		if (trailing.matches() && !SENTENCE_BREAK.matcher(trailing.group("caption")).find()) {
			kept = trailing.group("caption").strip();
		}
		return kept;
	}

}
