package org.newsline.timeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text that a search matched or not; templates print each piece escaped and
 * wrap the matches in {@code <mark>}, so no markup from the data ever reaches the page.
 */
public record Marked(String text, boolean match) {

	static final String START = "\u27E6";

	static final String STOP = "\u27E7";

	/** The ts_headline options that delimit matches with START and STOP. */
	public static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP;

	public static List<Marked> plain(String text) {
		return List.of(new Marked(text, false));
	}

	/** Splits text that ts_headline delimited into matched and unmatched pieces. */
	public static List<Marked> parse(String delimited) {
		List<Marked> pieces = new ArrayList<>();
		int position = 0;
		while (position < delimited.length()) {
			int start = delimited.indexOf(START, position);
			if (start < 0) {
				pieces.add(new Marked(delimited.substring(position), false));
				break;
			}
			int stop = delimited.indexOf(STOP, start);
			if (stop < 0) {
				pieces.add(new Marked(delimited.substring(position).replace(START, ""), false));
				break;
			}
			if (start > position) {
				pieces.add(new Marked(delimited.substring(position, start), false));
			}
			pieces.add(new Marked(delimited.substring(start + START.length(), stop), true));
			position = stop + STOP.length();
		}
		return List.copyOf(pieces);
	}

}
