package org.newsline.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The case- and accent-folded form of a name that alias matching compares: "Nicolás
 * Maduro", "NICOLAS MADURO" and "Nicolas Maduro" share one key.
 */
public record AliasKey(String value) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	public AliasKey {
		if (value.isBlank()) {
			throw new IllegalArgumentException("An alias key cannot be blank");
		}
	}

	/**
	 * Folds a surface form; periods and other punctuation are dropped ("U.S." → "us").
	 */
	public static AliasKey of(String surfaceForm) {
		String decomposed = Normalizer.normalize(surfaceForm, Normalizer.Form.NFKD);
		String unaccented = MARKS.matcher(decomposed).replaceAll("");
		String lower = unaccented.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
		return new AliasKey(NOT_WORD.matcher(lower).replaceAll(" ").trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
