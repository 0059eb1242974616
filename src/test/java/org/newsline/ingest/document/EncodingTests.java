package org.newsline.ingest.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.ingest.document.ArticleFixtures.bytes;

class EncodingTests {

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	@Test
	void readsWindows1252TextWithAccentsAndCurlyQuotes() throws Exception {
		CleanDocument article = this.reader.read("windows-1252.txt", bytes("windows-1252.txt"), null);
		assertThat(article.charset()).isEqualTo("windows-1252");
		assertThat(article.title()).isEqualTo("Maduro speaks");
		assertThat(article.text()).contains("Nicolás Maduro").contains("“planned for weeks”");
	}

	@Test
	void readsLatin1Text() throws Exception {
		byte[] latin1 = "Nicolás Maduro habló el lunes sobre la situación en Caracas."
			.getBytes(StandardCharsets.ISO_8859_1);
		CleanDocument article = this.reader.read("latin1.txt", latin1, null);
		assertThat(article.text()).isEqualTo("Nicolás Maduro habló el lunes sobre la situación en Caracas.");
	}

	@Test
	void honoursDeclaredCharsetOfHtmlThatIsNotUtf8() throws Exception {
		CleanDocument article = this.reader.read("latin1-declared.html", bytes("latin1-declared.html"), null);
		assertThat(article.charset()).isEqualTo("windows-1252");
		assertThat(article.text()).startsWith("Nicolás Maduro dijo el lunes").contains("población");
	}

	@Test
	void honoursDeclaredCyrillicCharset() throws Exception {
		Charset koi8 = Charset.forName("KOI8-R");
		String html = "<html><head><meta charset=\"koi8-r\"></head><body><p>Москва заявила в понедельник, что переговоры продолжатся.</p></body></html>";
		CleanDocument article = this.reader.read("ru.html", html.getBytes(koi8), null);
		assertThat(article.charset()).isEqualTo("KOI8-R");
		assertThat(article.text()).isEqualTo("Москва заявила в понедельник, что переговоры продолжатся.");
	}

	@Test
	void skipsUtf8ByteOrderMark() throws Exception {
		byte[] text = "\uFEFFHeadline here\n\nThe story begins on Monday with a statement."
			.getBytes(StandardCharsets.UTF_8);
		CleanDocument article = this.reader.read("bom.txt", text, null);
		assertThat(article.charset()).isEqualTo("UTF-8");
		assertThat(article.title()).isEqualTo("Headline here");
		assertThat(article.text()).isEqualTo("The story begins on Monday with a statement.");
	}

	@Test
	void readsUtf16WithByteOrderMark() throws Exception {
		byte[] text = "\uFEFFThe story begins on Monday with a statement from Nicolás."
			.getBytes(StandardCharsets.UTF_16LE);
		CleanDocument article = this.reader.read("utf16.txt", text, null);
		assertThat(article.charset()).isEqualTo("UTF-16LE");
		assertThat(article.text()).isEqualTo("The story begins on Monday with a statement from Nicolás.");
	}

	@Test
	void replacesStrayInvalidSequencesInMostlyUtf8Text() throws Exception {
		String story = "Nicolás Maduro said “no” to the proposal on Monday, according to officials in Bogotá and Brasília.";
		byte[] valid = story.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[valid.length + 2];
		System.arraycopy(valid, 0, content, 0, valid.length);
		content[valid.length] = ' ';
		content[valid.length + 1] = (byte) 0xC3;
		CleanDocument article = this.reader.read("mixed.txt", content, null);
		assertThat(article.charset()).isEqualTo("UTF-8");
		assertThat(article.text()).startsWith("Nicolás Maduro said “no”");
		assertThat(article.notes()).anyMatch((note) -> note.contains("invalid UTF-8 sequences replaced"));
	}

	@Test
	void composesDecomposedAccents() throws Exception {
		byte[] text = "Nicola\u0301s Maduro spoke on Monday.".getBytes(StandardCharsets.UTF_8);
		assertThat(this.reader.read("nfd.txt", text, null).text()).isEqualTo("Nicolás Maduro spoke on Monday.");
	}

}
