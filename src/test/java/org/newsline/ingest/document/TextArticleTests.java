package org.newsline.ingest.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.ingest.document.ArticleFixtures.bytes;
import static org.newsline.ingest.document.ArticleFixtures.utf8;

class TextArticleTests {

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	@Test
	void infersPublicationDateFromPublishedLineAndRemovesIt() throws Exception {
		CleanDocument article = this.reader.read("agency-story.txt", bytes("agency-story.txt"), null);
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.TEXT);
		assertThat(article.text()).doesNotContain("Published").doesNotContain("14:32");
	}

	@Test
	void takesHeadlineAfterPublishedLineAsTitle() throws Exception {
		CleanDocument article = this.reader.read("agency-story.txt", bytes("agency-story.txt"), null);
		assertThat(article.title()).isEqualTo("Flooding forces evacuations in river valley");
		assertThat(article.paragraphs()).containsExactly(
				"Heavy rain caused the river to burst its banks overnight, forcing hundreds of residents to leave their homes, local authorities said on Tuesday.",
				"Emergency crews used boats to reach families trapped on upper floors. No deaths have been reported.");
	}

	@Test
	void takesOutletFromOriginallyPublishedLineAndDropsReportingCredits() throws Exception {
		CleanDocument article = this.reader.read("agency-story.txt", bytes("agency-story.txt"), null);
		assertThat(article.outlet()).isEqualTo("Riverside Daily News");
		assertThat(article.text()).doesNotContain("Reporting by")
			.doesNotContain("Share this")
			.doesNotContain("Click here");
	}

	@Test
	void prefersManifestOverEverythingInTheFile() throws Exception {
		ManifestEntry manifest = new ManifestEntry("agency-story.txt", "Wire Service", "https://example.com/flood",
				LocalDate.of(2025, 10, 8), "Rivers flood valley");
		CleanDocument article = this.reader.read("agency-story.txt", bytes("agency-story.txt"), manifest);
		assertThat(article.outlet()).isEqualTo("Wire Service");
		assertThat(article.url()).isEqualTo("https://example.com/flood");
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 8));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.MANIFEST);
		assertThat(article.title()).isEqualTo("Rivers flood valley");
		assertThat(article.text()).doesNotContain("Originally published");
	}

	@Test
	void infersDateFromDateline() throws Exception {
		CleanDocument article = this.reader.read("dateline.txt", utf8(
				"CARACAS, Oct. 7, 2025 (Reuters) - Venezuela's government said on Tuesday it had reinforced security at the embassy.\n\n"
						+ "The statement gave no further details about the threat.\n"),
				null);
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.TEXT);
		assertThat(article.paragraphs().get(0)).startsWith("CARACAS, Oct. 7, 2025 (Reuters)");
	}

	@Test
	void takesOutletFromSourceLineWithDomainName() throws Exception {
		CleanDocument article = this.reader.read("source.txt",
				utf8("The port reopened on Monday after a week of repairs, officials said.\n\nSource: CNN.com\n"),
				null);
		assertThat(article.outlet()).isEqualTo("CNN.com");
		assertThat(article.text()).isEqualTo("The port reopened on Monday after a week of repairs, officials said.");
	}

	@Test
	void takesOutletFromDashSignOff() throws Exception {
		CleanDocument article = this.reader.read("signoff.txt",
				utf8("The port reopened on Monday after a week of repairs, officials said.\n\n— Associated Press\n"),
				null);
		assertThat(article.outlet()).isEqualTo("Associated Press");
		assertThat(article.text()).doesNotContain("Associated Press");
	}

	@Test
	void notesUnknownPublicationDate() throws Exception {
		CleanDocument article = this.reader.read("undated.txt",
				utf8("In a December 26 interview, the president said the strike took place.\n"), null);
		assertThat(article.published()).isNull();
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.UNKNOWN);
		assertThat(article.notes()).contains("publication date unknown");
	}

	@Test
	void joinsHardWrappedLinesIntoParagraphs() throws Exception {
		String text = """
				The harbour authority said on Monday that it would close the northern
				quay for repairs for at least three weeks, moving ferry traffic to the
				southern terminal.

				Ferry operators said they expected delays during the morning rush but
				would add extra sailings in the evening to make up for the closure.
				""";
		CleanDocument article = this.reader.read("wrapped.txt", utf8(text), null);
		assertThat(article.paragraphs()).hasSize(2);
		assertThat(article.paragraphs().get(0)).contains("northern quay").endsWith("southern terminal.");
	}

	@Test
	void keepsListAfterLeadInEvenWithoutFinalPunctuation() throws Exception {
		String text = "The council approved three projects on Monday after a long debate:\n"
				+ "* A new bridge\n* A school extension\n* A cycle path\n";
		CleanDocument article = this.reader.read("list.txt", utf8(text), null);
		assertThat(article.paragraphs()).containsExactly(
				"The council approved three projects on Monday after a long debate:", "A new bridge",
				"A school extension", "A cycle path");
	}

	@Test
	void keepsStorySentencesThatMentionSubscribersOrSharing() throws Exception {
		String text = "Shares in the company fell sharply after the announcement.\n\n"
				+ "The newspaper said its subscribers had doubled since the war began, and urged readers to share tips.\n";
		CleanDocument article = this.reader.read("shares.txt", utf8(text), null);
		assertThat(article.paragraphs()).hasSize(2);
	}

	@Test
	void usesTitleOnlyOnceWhenFirstParagraphRepeatsIt() throws Exception {
		ManifestEntry manifest = new ManifestEntry("t.txt", null, null, null, "Storm hits coast");
		CleanDocument article = this.reader.read("t.txt",
				utf8("Storm Hits Coast.\n\nThe storm reached the coast on Sunday night, cutting power to thousands.\n"),
				manifest);
		assertThat(article.text())
			.isEqualTo("The storm reached the coast on Sunday night, cutting power to thousands.");
	}

	@Test
	void honoursConfiguredPatterns() throws Exception {
		CleaningRules defaults = CleaningRules.defaults();
		CleaningRules rules = new CleaningRules(defaults.maxBytes(), CleaningRules.compile(List.of("^Sponsored by .*")),
				defaults.sectionEnders(), defaults.attributionTrailers(), defaults.maxParagraphs(),
				defaults.maxBoilerplateLength(), defaults.attributionWindow(), defaults.maxTrailingHeadlineWords(),
				defaults.maxTitleWords(), defaults.blocks());
		CleanDocument article = new DocumentReader(rules).read("s.txt",
				utf8("The mayor opened the new library on Saturday.\n\nSponsored by Acme.\n"), null);
		assertThat(article.text()).isEqualTo("The mayor opened the new library on Saturday.");
	}

}
