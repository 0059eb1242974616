package org.newsline.ingest.document;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.newsline.ingest.document.ArticleFixtures.bytes;
import static org.newsline.ingest.document.ArticleFixtures.utf8;

class HostileInputTests {

	private static final Duration QUICKLY = Duration.ofSeconds(10);

	private static final String STORY = "<p>The council met on Wednesday and agreed to postpone the budget vote until next month.</p>";

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	@Test
	void readsDeeplyNestedDivsQuickly() {
		String html = "<div>".repeat(10_000) + STORY + "</div>".repeat(10_000);
		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("deep.html", utf8(html), null));
		assertThat(article.text())
			.isEqualTo("The council met on Wednesday and agreed to postpone the budget vote until next month.");
	}

	@Test
	void readsDeeplyNestedInlineAndChromeMarkupQuickly() {
		String html = "<article>" + "<div class=\"share\"><b><span>".repeat(10_000) + "x" + STORY.repeat(3)
				+ "<ul><li>".repeat(5_000) + "<p>Members said they needed more time to read the proposals.</p>";
		assertTimeoutPreemptively(QUICKLY, () -> this.reader.read("deep-inline.html", utf8(html), null));
	}

	@Test
	void leavesCustomEntitiesUnexpanded() {
		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("billion-laughs.html", bytes("billion-laughs.html"), null));
		assertThat(article.text()).doesNotContain("lollol").contains("postpone the vote until next month");
		assertThat(article.text().length()).isLessThan(1000);
	}

	@Test
	void readsHugeSingleLineQuickly() {
		String line = "Officials said the talks would continue next week in the capital. ".repeat(70_000);
		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("long.txt", utf8(line), null));
		assertThat(article.paragraphs()).hasSize(1);
	}

	@Test
	void readsHugeHtmlAttributeAndTextQuickly() {
		String html = "<html><head><meta charset=\"" + "x".repeat(1_000_000) + "\"><title>" + "t".repeat(1_000_000)
				+ "</title></head><body><div class=\"" + "share ".repeat(200_000) + "\">x</div>" + STORY
				+ "</body></html>";
		assertTimeoutPreemptively(QUICKLY, () -> this.reader.read("attributes.html", utf8(html), null));
	}

	@Test
	void readsManyShortLinesQuickly() {
		String text = "The council met on Wednesday.\n" + "* item without a full stop\n".repeat(100_000);
		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("lines.txt", utf8(text), null));
		assertThat(article.paragraphs()).hasSize(1);
	}

	@Test
	void replacesInvalidUtf8InHtmlDeclaredUtf8() {
		byte[] prefix = utf8("<html><head><meta charset=\"utf-8\"></head><body><p>Caf");
		byte[] suffix = utf8(
				" owners said on Monday that trade had doubled since the bridge reopened.</p></body></html>");
		byte[] content = new byte[prefix.length + 3 + suffix.length];
		System.arraycopy(prefix, 0, content, 0, prefix.length);
		content[prefix.length] = (byte) 0xE9;
		content[prefix.length + 1] = (byte) 0xFF;
		content[prefix.length + 2] = (byte) 0xC0;
		System.arraycopy(suffix, 0, content, prefix.length + 3, suffix.length);
		CleanDocument article = assertTimeoutPreemptively(QUICKLY, () -> this.reader.read("bad.html", content, null));
		assertThat(article.charset()).isEqualTo("UTF-8");
		assertThat(article.text()).contains("owners said on Monday");
	}

	@Test
	void refusesDeeplyNestedJsonLdWithoutFailing() throws Exception {
		String json = "[".repeat(50_000) + "]".repeat(50_000);
		String html = "<script type=\"application/ld+json\">" + json + "</script>" + STORY;
		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("json.html", utf8(html), null));
		assertThat(article.title()).isNull();
	}

	@Test
	void refusesMarkupThatIsOnlyNesting() {
		String html = "<div>".repeat(50_000);
		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(
				() -> assertTimeoutPreemptively(QUICKLY, () -> this.reader.read("empty-deep.html", utf8(html), null)));
	}

	@Test
	void cutsAHugeTitleAndLeavesOutAHugeOutlet() throws Exception {
		String html = "<html><head><title>" + "Title ".repeat(100_000) + "</title><meta property=\"og:site_name\" "
				+ "content=\"" + "o".repeat(100_000) + "\"></head><body>" + STORY + "</body></html>";

		CleanDocument article = this.reader.read("metadata.html", utf8(html), null);

		assertThat(article.title()).hasSizeLessThanOrEqualTo(300).startsWith("Title Title").endsWith("…");
		assertThat(article.outlet()).isNull();
		assertThat(article.notes()).contains("title cut to 300 of 599,999 characters")
			.contains("outlet left out: 100,000 characters, more than the 200 one can have");
	}

	@Test
	void leavesOutAManifestAddressLongerThanAnyAddress() throws Exception {
		ManifestEntry entry = new ManifestEntry("story.html", "Coast News", "https://example.org/" + "p".repeat(5_000),
				null, null);

		CleanDocument article = this.reader.read("story.html", utf8(STORY), entry);

		assertThat(article.url()).isNull();
		assertThat(article.outlet()).isEqualTo("Coast News");
		assertThat(article.notes()).anyMatch((note) -> note.startsWith("web address left out: 5,020 characters"));
	}

	@Test
	void dropsHalvesOfSurrogatePairsAndNulCharacterReferences() throws Exception {
		String html = "<p>The council met on Wednesday &#xD800;and agreed&#0; to postpone the vote &#x1F600; until "
				+ "next month.</p>";
		CleanDocument article = this.reader.read("entities.html", utf8(html), null);
		assertThat(article.text())
			.isEqualTo("The council met on Wednesday and agreed to postpone the vote 😀 until next month.");
	}

	@Test
	void readsTextWithOverlongsLoneContinuationBytesAndEncodedSurrogates() throws Exception {
		byte[] story = utf8("The council met on Wednesday and agreed to postpone the vote until next month. ");
		java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
		content.write(story);
		content.write(new byte[] { (byte) 0xC0, (byte) 0xAF, (byte) 0x80, (byte) 0xBF, (byte) 0xED, (byte) 0xA0,
				(byte) 0x80, (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 });
		content.write(story);

		CleanDocument article = this.reader.read("mangled.txt", content.toByteArray(), null);

		assertThat(article.text()).startsWith("The council met on Wednesday").endsWith("until next month.");
		assertThat(article.notes()).anyMatch((note) -> note.startsWith("read as windows-1252"));
	}

	@Test
	void readsExponentialEntityDefinitionsAsPlainText() throws Exception {
		StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY l0 \"lol\">");
		for (int i = 1; i <= 30; i++) {
			doctype.append("<!ENTITY l")
				.append(i)
				.append(" \"")
				.append(("&l" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		doctype.append("]>");
		String html = doctype + "<html><body><p>&l30; &l30;</p>" + STORY + "</body></html>";

		CleanDocument article = assertTimeoutPreemptively(QUICKLY,
				() -> this.reader.read("laughs.html", utf8(html), null));

		assertThat(article.text()).doesNotContain("lollol").contains("postpone the budget vote");
		assertThat(article.text().length()).isLessThan(2_000);
	}

}
