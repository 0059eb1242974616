package org.newsline.ingest.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathElement() {
		assertThat(FileNames.safe("../../etc/passwd.html")).isEqualTo("passwd.html");
		assertThat(FileNames.safe("/etc/passwd.html")).isEqualTo("passwd.html");
		assertThat(FileNames.safe("C:\\Windows\\..\\story.txt")).isEqualTo("story.txt");
		assertThat(FileNames.safe("story.txt/..")).isEqualTo("unnamed");
		assertThat(FileNames.safe("../")).isEqualTo("unnamed");
		assertThat(FileNames.safe("   ")).isEqualTo("unnamed");
	}

	@Test
	void removesControlAndInvisibleFormattingCharacters() {
		assertThat(FileNames.safe("sto\u0000ry\n.txt")).isEqualTo("story.txt");
		assertThat(FileNames.safe("\u001B[31mred.txt")).isEqualTo("[31mred.txt");
		assertThat(FileNames.safe("invoice\u202Elmth.exe")).isEqualTo("invoicelmth.exe");
		assertThat(FileNames.safe("zero\u200Bwidth\uFEFF.html")).isEqualTo("zerowidth.html");
		assertThat(FileNames.safe("broken\uD800.txt")).isEqualTo("broken.txt");
		assertThat(FileNames.safe("Nicolás Maduro – 😀.txt")).isEqualTo("Nicolás Maduro – 😀.txt");
	}

	@Test
	void shortensLongNamesKeepingTheExtensionAndTellingThemApart() {
		String first = "a".repeat(5000) + "1.html";
		String second = "a".repeat(5000) + "2.html";

		String key = FileNames.safe(first);

		assertThat(key).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).startsWith("aaaa").endsWith(".html");
		assertThat(FileNames.safe(second)).isNotEqualTo(key).hasSize(key.length());
		assertThat(FileNames.safe(key)).as("a key is its own key").isEqualTo(key);
		assertThat(FileNames.safe(first)).as("the same name always gives the same key").isEqualTo(key);
	}

	@Test
	void neverSplitsASurrogatePairWhenShortening() {
		String key = FileNames.safe("x" + "😀".repeat(300) + ".txt");
		assertThat(key.codePoints()).noneMatch((c) -> Character.getType(c) == Character.SURROGATE);
	}

}
