package org.newsline.ingest.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the seed articles as the importer does, with the seed manifest.
 */
class SeedArticlesTests {

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	private CleanDocument seed(DocumentReader reader, String file) throws Exception {
		return SeedFiles.read(reader, file);
	}

	@Test
	void seedManifestHasNoProblems() {
		assertThat(SeedFiles.manifest().problems()).isEmpty();
		assertThat(SeedFiles.manifest().entries()).hasSize(4);
	}

	@Test
	void takesOutletFromAttributionLineAndRemovesIt() throws Exception {
		CleanDocument article = seed(this.reader, "000_ec167ae72b1d4f43.txt");
		assertThat(article.outlet()).isEqualTo("Aljazeera");
		assertThat(article.text()).doesNotContain("Source : Aljazeera").doesNotContain("Aljazeera");
		assertThat(article.notes()).contains("outlet 'Aljazeera' from attribution line");
	}

	@Test
	void dropsCommentFormAfterStory() throws Exception {
		CleanDocument article = seed(this.reader, "000_ec167ae72b1d4f43.txt");
		assertThat(article.text()).doesNotContain("Leave a Reply")
			.doesNotContain("email address")
			.doesNotContain("Required fields")
			.endsWith("which reportedly involves attacks on sites in Venezuela.");
		assertThat(article.paragraphs()).hasSize(10);
	}

	@Test
	void keepsAccentsAndTypographicQuotesAndTurnsNonBreakingSpacesIntoSpaces() throws Exception {
		CleanDocument article = seed(this.reader, "000_ec167ae72b1d4f43.txt");
		assertThat(article.charset()).isEqualTo("UTF-8");
		assertThat(article.text()).contains("Nicolás Maduro")
			.contains("“false flag”")
			.contains("Venezuelan ships in the Caribbean Sea to a second phase")
			.doesNotContain("\u00A0");
	}

	@Test
	void takesPublicationDateFromManifest() throws Exception {
		CleanDocument article = seed(this.reader, "000_ec167ae72b1d4f43.txt");
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(article.publishedOrigin()).isEqualTo(DateOrigin.MANIFEST);
	}

	@Test
	void keepsOnlyFirstCopyOfRepeatedBlock() throws Exception {
		CleanDocument article = seed(this.reader, "001_e8344a3bda362c86.txt");
		assertThat(article.paragraphs()).hasSize(8).doesNotHaveDuplicates();
		assertThat(occurrences(article.text(), "A US port facility was targeted in the strike")).isOne();
		assertThat(occurrences(article.text(), "The CIA has a long history of conducting covert operations")).isOne();
		assertThat(article.notes()).contains("dropped 7 repeated paragraphs");
	}

	@Test
	void splitsOneParagraphPerLineFiles() throws Exception {
		CleanDocument article = seed(this.reader, "001_e8344a3bda362c86.txt");
		assertThat(article.paragraphs().get(0)).startsWith("The CIA has carried out a drone strike")
			.endsWith("President Nicolás Maduro's government.");
		assertThat(article.title()).isNull();
	}

	@Test
	void takesTitleFromManifestAndDoesNotRepeatItInText() throws Exception {
		CleanDocument article = seed(this.reader, "002_672ce715bc024242.txt");
		assertThat(article.title()).isEqualTo("CIA’s Drone Strike Targets Venezuelan Port Facility: What We Know");
		assertThat(article.text()).doesNotContain("What We Know")
			.startsWith("This month saw a landmark event in the ongoing tensions");
	}

	@Test
	void takesTitleFromFirstLineWithoutManifest() throws Exception {
		String file = "002_672ce715bc024242.txt";
		CleanDocument article = this.reader.read(file, SeedFiles.bytes(file), null);
		assertThat(article.title()).isEqualTo("CIA’s Drone Strike Targets Venezuelan Port Facility: What We Know");
		assertThat(article.paragraphs().get(0)).startsWith("This month saw a landmark event");
	}

	@Test
	void dropsAccountPromptAndRelatedPosts() throws Exception {
		CleanDocument article = seed(this.reader, "002_672ce715bc024242.txt");
		assertThat(article.text()).doesNotContain("creating an account")
			.doesNotContain("Related Posts")
			.endsWith("This report includes updates from US Special Operations Command.");
	}

	@Test
	void dropsTrailingUnrelatedHeadlines() throws Exception {
		CleanDocument article = seed(this.reader, "003_2fbdb5009ac7c044.txt");
		assertThat(article.text()).doesNotContain("Charlie Kirk")
			.endsWith("could see a critical turning point in the Caribbean crisis.");
		assertThat(article.notes()).anySatisfy(
				(note) -> assertThat(note).startsWith("removed 2 lines of page chrome").contains("Charlie Kirk"));
	}

	@Test
	void keepsBulletItemsAsParagraphsWithoutMarkers() throws Exception {
		CleanDocument article = seed(this.reader, "003_2fbdb5009ac7c044.txt");
		assertThat(article.paragraphs()).contains(
				"The awarding of the Nobel Peace Prize to Venezuelan opposition leader Maria Corina Machado triggered a hostile reaction from Caracas.",
				"Security alerts were issued for U.S. personnel in nearby Trinidad and Tobago due to the heightened regional threat.");
		assertThat(article.paragraphs()).noneMatch((paragraph) -> paragraph.startsWith("*"));
		assertThat(article.paragraphs()).hasSize(13);
	}

	@Test
	void leavesNoBoilerplateInAnySeed() throws Exception {
		for (String file : SeedFiles.FILES) {
			CleanDocument article = seed(this.reader, file);
			assertThat(article.text()).as(file)
				.doesNotContainIgnoringCase("leave a reply")
				.doesNotContainIgnoringCase("related posts")
				.doesNotContainIgnoringCase("required fields")
				.doesNotContain("\n\n\n")
				.isEqualTo(article.text().strip());
			assertThat(article.publishedOrigin()).as(file).isEqualTo(DateOrigin.MANIFEST);
			assertThat(article.key()).isEqualTo(file);
		}
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
