package org.newsline.ingest.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.newsline.ingest.document.ArticleFixtures.bytes;
import static org.newsline.ingest.document.ArticleFixtures.utf8;

class HtmlArticleTests {

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	@Test
	void keepsOnlyArticleBodyText() throws Exception {
		CleanDocument article = this.reader.read("news-article.html", bytes("news-article.html"), null);
		assertThat(article.paragraphs()).containsExactly(
				"A drone strike hit a dock on the northern coast late on Monday, officials said, in what would be the first known attack on a land target.",
				"Nobody was on the dock at the time, according to a port official who asked not to be named. The official said the facility had been used to load boats.",
				"Officials listed what was destroyed:", "two loading cranes,", "a fuel depot and", "three small boats.",
				"The government has not commented. A spokesperson said a statement would follow.");
	}

	@Test
	void dropsScriptsStylesHandlersAndChrome() throws Exception {
		CleanDocument article = this.reader.read("news-article.html", bytes("news-article.html"), null);
		assertThat(article.text()).doesNotContain("<", ">", "javascript", "onclick", "alert", "tracking", "styled text",
				"injected", "cookies", "World", "Business", "Facebook", "Share", "Earlier strikes", "Advertisement",
				"newsletter", "Great article", "sidebar", "Privacy", "All rights reserved", "editor's comment",
				"Ana Ruiz");
	}

	@Test
	void readsJsonLdGraphAndOpenGraphMetadata() throws Exception {
		CleanDocument article = this.reader.read("news-article.html", bytes("news-article.html"), null);
		assertThat(article.title()).isEqualTo("Port strike raises tensions along the coast");
		assertThat(article.outlet()).isEqualTo("The Harbour Times");
		assertThat(article.url()).isEqualTo("https://harbour.example/world/port-strike");
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.METADATA);
		assertThat(article.text()).doesNotStartWith("Port strike");
	}

	@Test
	void readsJsonLdArrayWithPublisherObject() throws Exception {
		String html = """
				<html><head><script type="application/ld+json">
				[{"@type": "BreadcrumbList"}, {"@type": "Article", "headline": "Mine reopens",
				  "datePublished": "2024-02-03", "publisher": {"@type": "Organization", "name": "Hill Gazette"},
				  "url": "https://hill.example/mine"}]
				</script><script type="application/ld+json">{not json</script></head>
				<body><p>The mine reopened on Saturday after a two-year closure, bringing back about 300 jobs to the town.</p></body></html>
				""";
		CleanDocument article = this.reader.read("mine.html", utf8(html), null);
		assertThat(article.title()).isEqualTo("Mine reopens");
		assertThat(article.outlet()).isEqualTo("Hill Gazette");
		assertThat(article.url()).isEqualTo("https://hill.example/mine");
		assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 3));
	}

	@Test
	void findsDensestParagraphsWithoutArticleMarkup() throws Exception {
		CleanDocument article = this.reader.read("og-only.html", bytes("og-only.html"), null);
		assertThat(article.title()).isEqualTo("Election results delayed");
		assertThat(article.outlet()).isEqualTo("Valley Courier");
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.METADATA);
		assertThat(article.paragraphs()).hasSize(3);
		assertThat(article.paragraphs().get(2))
			.isEqualTo("“We want every vote to be counted correctly,” the county clerk said in a statement.");
		assertThat(article.text()).doesNotContain("Home", "Weather", "Share");
	}

	@Test
	void readsTimeElementDate() throws Exception {
		CleanDocument article = this.reader.read("time-element.HTM", bytes("time-element.html"), null);
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.METADATA);
		assertThat(article.title()).isEqualTo("Bridge reopens after repairs");
		assertThat(article.paragraphs()).hasSize(2);
	}

	@Test
	void readsTextFileHoldingHtmlAsHtml() throws Exception {
		CleanDocument article = this.reader.read("saved-page.txt", bytes("og-only.html"), null);
		assertThat(article.outlet()).isEqualTo("Valley Courier");
		assertThat(article.text()).doesNotContain("<p>");
		assertThat(article.notes()).contains("read as HTML (the text file holds markup)");
	}

	@Test
	void rejectsPageWithoutText() {
		String html = "<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>";
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("nav.html", utf8(html), null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT));
	}

}
