package org.newsline.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void foldsAccentsAndPunctuationIntoHyphenatedWords() {
		assertThat(Slugs.slugify("Nicolás Maduro’s “false flag” claim")).isEqualTo("nicolas-maduros-false-flag-claim");
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.slugify("word ".repeat(60));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").endsWith("word");
	}

	@Test
	void neverReturnsAnEmptySlug() {
		assertThat(Slugs.slugify("¿¡!?")).isEqualTo("item");
	}

}
