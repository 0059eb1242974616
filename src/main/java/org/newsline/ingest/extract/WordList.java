package org.newsline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words kept in a resource file beside this class: words separated by white
 * space, one entry per line where an entry has several words, {@code #} starting a
 * comment line.
 */
final class WordList {

	private WordList() {
	}

	/** The words of a file, lower-cased. */
	static Set<String> words(String resource) {
		Set<String> words = new LinkedHashSet<>();
		for (String line : lines(resource)) {
			for (String word : line.split("\\s+")) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return Set.copyOf(words);
	}

	/** The lines of a file, lower-cased, without comments and blank lines. */
	static Set<String> lines(String resource) {
		try (InputStream in = WordList.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			Set<String> lines = new LinkedHashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String stripped = line.strip();
				if (!stripped.isEmpty() && !stripped.startsWith("#")) {
					lines.add(stripped.toLowerCase(Locale.ROOT));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
