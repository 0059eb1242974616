package org.newsline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles and names into URL slugs: lower case ASCII words joined by hyphens.
 */
public final class Slugs {

	/** Longest slug produced, in characters. */
	public static final int MAX_LENGTH = 80;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String slugify(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
			.replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = trimHyphens(slug.substring(0, (cut > 20) ? cut : MAX_LENGTH));
		}
		return slug.isEmpty() ? "item" : slug;
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
