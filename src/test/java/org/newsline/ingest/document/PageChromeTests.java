package org.newsline.ingest.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.ingest.document.ArticleFixtures.utf8;

/**
 * Pages as found on the web, chrome and all: what a reader of the story would keep is
 * kept, and nothing else.
 */
class PageChromeTests {

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	private static final String STORY = """
			The harbour authority said on Monday that the northern pier would stay closed for repairs until the end of the month, after a storm tore away part of its deck.

			Fishing crews have moved their boats to the southern basin, which the authority said could hold about forty vessels while the work goes on.

			Repairs will cost more than two million euros, the authority added, most of it paid by the regional government.
			""";

	@Test
	void dropsMenusATrendingWidgetAndShareRowsAboveTheStory() throws Exception {
		String page = """
				Open Menu
				Coastal Herald Coastal Herald
				  • Home
				  • Local
				  • Sport
				  • Weather
				Subscribe to our newsletter
				Get the best stories of the week sent to your inbox.
				Trending Now
				Singer Announces Surprise Reunion Tour With Former Bandmates
				12 March 2025
				Ten Gadgets You Did Not Know You Needed
				12 March 2025
				Facebook X (Twitter) Instagram Pinterest
				Home » Local » Pier closed for repairs
				By Staff Writer12 March 2025Updated:12 March 2025
				Facebook Twitter LinkedIn Email

				""" + STORY;
		CleanDocument article = this.reader.read("harbour.txt", utf8(page), null);
		assertThat(article.text()).startsWith("The harbour authority said on Monday")
			.doesNotContain("Singer")
			.doesNotContain("Gadgets")
			.doesNotContain("newsletter")
			.doesNotContain("inbox")
			.doesNotContain("Facebook")
			.doesNotContain("Staff Writer")
			.contains("most of it paid by the regional government.");
		assertThat(article.notes())
			.anySatisfy((note) -> assertThat(note).startsWith("removed").contains("page chrome"));
	}

	@Test
	void keepsACaptionButNotItsPhotoCredit() throws Exception {
		String page = """
								Workers inspect the damaged pier on Monday. | Jane Roe/Coastal Agency via Getty Images

				""" + STORY.replace("\n\nFishing",
				"\n\nA crane lifts a section of the deck. (Regional Press Office)\n\nFishing");
		CleanDocument article = this.reader.read("harbour.txt", utf8(page), null);
		assertThat(article.text()).contains("Workers inspect the damaged pier on Monday.")
			.contains("A crane lifts a section of the deck.")
			.doesNotContain("Jane Roe")
			.doesNotContain("Getty")
			.doesNotContain("Regional Press Office");
	}

	@Test
	void keepsASourceCreditAfterAPassageOfSeveralSentences() throws Exception {
		String page = STORY.strip()
				+ " The pier was built in 1962. It was last repaired in 2010. (The Harbour Gazette)\n";
		CleanDocument article = this.reader.read("harbour.txt", utf8(page), null);
		assertThat(article.text()).contains("(The Harbour Gazette)");
	}

	@Test
	void readsAPageOnOneLineSentenceBySentence() throws Exception {
		String oneLine = "Home News Sport Weather Business Culture Login Register Search Menu Close "
				+ STORY.replace('\n', ' ').repeat(8) + " Share Facebook Twitter Email Copy link";
		CleanDocument article = this.reader.read("one-line.txt", utf8(oneLine), null);
		assertThat(article.notes()).anySatisfy((note) -> assertThat(note).contains("sentence by sentence"));
		assertThat(article.text()).contains("The harbour authority said on Monday").doesNotContain("Copy link");
	}

	@Test
	void keepsACrossheadAndAShortLineBetweenStoryParagraphs() throws Exception {
		String page = """
				The harbour authority said on Monday that the northern pier would stay closed for repairs until the end of the month, after a storm tore away part of its deck.

				Crews move to the south

				Fishing crews have moved their boats to the southern basin, which the authority said could hold about forty vessels while the work goes on.

				No one was hurt.

				Repairs will cost more than two million euros, the authority added, most of it paid by the regional government.
				""";
		CleanDocument article = this.reader.read("harbour.txt", utf8(page), null);
		assertThat(article.paragraphs()).contains("Crews move to the south", "No one was hurt.");
	}

	@Test
	void dropsAStandaloneDatelineAndASourceLineButKeepsAnInlineDateline() throws Exception {
		String page = """
				PORT ELLEN

				Source Coastal Wire

				PORT ELLEN, Islay —\s""" + STORY.strip() + "\n";
		CleanDocument article = this.reader.read("harbour.txt", utf8(page), null);
		assertThat(article.text()).startsWith("PORT ELLEN, Islay — The harbour authority")
			.doesNotContain("Coastal Wire");
	}

}
