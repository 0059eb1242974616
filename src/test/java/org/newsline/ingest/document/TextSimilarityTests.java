package org.newsline.ingest.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSimilarityTests {

	private static final String REPORT = "The CIA carried out a drone strike on a port facility in Venezuela, "
			+ "according to officials familiar with the operation. Nobody was on the dock at the time.";

	@Test
	void scoresIdenticalTextsOne() {
		assertThat(TextSimilarity.similarity(REPORT, REPORT)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void scoresTextsWithoutCommonWordsZero() {
		assertThat(TextSimilarity.similarity(REPORT, "Heavy rain flooded valley farms overnight.")).isZero();
		assertThat(TextSimilarity.similarity(REPORT, "")).isZero();
		assertThat(TextSimilarity.similarity("the and of", "the and of")).isZero();
	}

	@Test
	void isSymmetric() {
		String other = "A drone strike by the CIA hit a Venezuelan port, officials said; the dock was empty.";
		assertThat(TextSimilarity.similarity(REPORT, other)).isEqualTo(TextSimilarity.similarity(other, REPORT));
	}

	@Test
	void ignoresCaseAccentsAndTypography() {
		assertThat(TextSimilarity.similarity("Nicolás Maduro’s government", "NICOLAS MADURO'S GOVERNMENT"))
			.isCloseTo(1.0, within(1e-9));
	}

	@Test
	void scoresSeedRewritesOfOneReportAboveSameTopicArticles() throws Exception {
		DocumentReader reader = new DocumentReader(CleaningRules.defaults());
		String[] files = { "000_ec167ae72b1d4f43.txt", "001_e8344a3bda362c86.txt", "002_672ce715bc024242.txt",
				"003_2fbdb5009ac7c044.txt" };
		String[] texts = new String[files.length];
		for (int i = 0; i < files.length; i++) {
			texts[i] = SeedFiles.read(reader, files[i]).text();
		}
		double rewrites = TextSimilarity.similarity(texts[1], texts[2]);
		assertThat(rewrites).isGreaterThanOrEqualTo(TextSimilarity.SAME_REPORT_THRESHOLD);
		for (int i = 0; i < files.length; i++) {
			for (int j = i + 1; j < files.length; j++) {
				if (i != 1 || j != 2) {
					double sameTopic = TextSimilarity.similarity(texts[i], texts[j]);
					assertThat(sameTopic).as(files[i] + " vs " + files[j])
						.isLessThan(TextSimilarity.SAME_REPORT_THRESHOLD)
						.isLessThan(rewrites * 0.75);
				}
			}
		}
	}

	@Test
	void scoresSyndicatedCopyWithExtraParagraphHigh() {
		String copy = REPORT + " The agency declined to comment. The White House did not respond to requests.";
		assertThat(TextSimilarity.similarity(REPORT, copy)).isGreaterThan(0.6);
	}

}
