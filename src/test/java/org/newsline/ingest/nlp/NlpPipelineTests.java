package org.newsline.ingest.nlp;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NlpPipelineTests {

	private final NlpPipeline pipeline = new NlpPipeline();

	@Test
	void resolvesLateOnMondayAgainstTheDocumentDate() {
		String text = "In a televised interview late on Monday, the minister said the talks had failed.";
		AnnotatedText annotated = this.pipeline.annotate(text, LocalDate.of(2025, 10, 7));
		assertThat(this.pipeline.isLoaded()).isTrue();
		Timex timex = annotated.sentences().get(0).timexes().get(0);
		assertThat(timex.type()).isEqualTo("DATE");
		assertThat(timex.value()).isEqualTo("2025-10-06");
		assertThat(text.substring(timex.span().start(), timex.span().end())).isEqualTo(timex.text());
	}

	@Test
	void releasedModelsLeaveTheHeapAndLoadAgainWhenNeeded() throws InterruptedException {
		this.pipeline.annotate("The council met on Monday.", LocalDate.of(2025, 10, 7));
		java.lang.ref.WeakReference<Object> parser = new java.lang.ref.WeakReference<>(
				edu.stanford.nlp.pipeline.StanfordCoreNLP.getExistingAnnotator("depparse"));
		assertThat(parser.get()).as("the dependency parser, models and all").isNotNull();

		assertThat(this.pipeline.releaseIfIdleFor(java.time.Duration.ZERO)).isTrue();
		assertThat(this.pipeline.isLoaded()).isFalse();
		for (int i = 0; i < 20 && parser.get() != null; i++) {
			System.gc();
			Thread.sleep(50);
		}
		assertThat(parser.get()).as("nothing holds on to a released model").isNull();

		AnnotatedText again = this.pipeline.annotate("The council met on Monday.", LocalDate.of(2025, 10, 7));
		assertThat(again.sentences().get(0).timexes()).extracting(Timex::value).containsExactly("2025-10-06");
	}

	@Test
	void resolvesLastWeekAcrossTheTurnOfTheYear() {
		AnnotatedText annotated = this.pipeline.annotate("Last week, the council voted.", LocalDate.of(2025, 12, 30));
		assertThat(annotated.sentences().get(0).timexes()).extracting(Timex::value).containsExactly("2025-W52");
	}

	@Test
	void chainsNamedEntityTokensIntoMentionsWithCharacterSpans() {
		String text = "German Chancellor Olaf Scholz met officials of the European Central Bank in Frankfurt.";
		AnnotatedText annotated = this.pipeline.annotate(text, null);
		Sentence sentence = annotated.sentences().get(0);
		assertThat(sentence.mentions()).anySatisfy(mention -> {
			assertThat(mention.nerType()).isEqualTo("PERSON");
			assertThat(mention.text()).isEqualTo("Olaf Scholz");
			assertThat(text.substring(mention.span().start(), mention.span().end())).isEqualTo("Olaf Scholz");
		});
		assertThat(sentence.mentions()).anySatisfy(mention -> assertThat(mention.nerType()).isEqualTo("TITLE"));
		assertThat(sentence.deps()).anySatisfy(dep -> assertThat(dep.relation()).isEqualTo("nsubj"));
		assertThat(annotated.tokenCount()).isEqualTo(sentence.tokens().size());
	}

	@Test
	void computesWeekValuesFromSutimeAlternatives() {
		assertThat(NlpPipeline.relativeValue("PREV P1W", LocalDate.of(2025, 12, 30))).isEqualTo("2025-W52");
		assertThat(NlpPipeline.relativeValue("THIS P1M", LocalDate.of(2025, 12, 30))).isEqualTo("2025-12");
		assertThat(NlpPipeline.relativeValue("PREV P1W", null)).isNull();
		assertThat(NlpPipeline.relativeValue("OFFSET P1D", LocalDate.of(2025, 12, 30))).isNull();
	}

	@Test
	void cutsAPassageWithoutSentenceBreaksIntoSentencesWithTrueSpans() {
		String opening = "The mayor resigned on Monday. ";
		String run = "council members kept talking about the budget and the bridge ".repeat(40);
		String text = opening + run + "and then they went home.";

		AnnotatedText annotated = this.pipeline.annotate(text, LocalDate.of(2025, 10, 7));

		assertThat(annotated.brokenRuns()).isEqualTo(2);
		assertThat(annotated.sentences()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(annotated.sentences().get(0).span()).isEqualTo(new org.newsline.shared.TextSpan(0, 29));
		for (Sentence sentence : annotated.sentences()) {
			assertThat(sentence.span().end() - sentence.span().start())
				.isLessThanOrEqualTo(NlpPipeline.MAX_SENTENCE_CHARACTERS);
			for (Token token : sentence.tokens()) {
				assertThat(text.substring(token.span().start(), token.span().end())).isEqualTo(token.word());
			}
		}
		assertThat(annotated.sentences()).extracting(Sentence::index)
			.containsExactlyElementsOf(
					java.util.stream.IntStream.range(0, annotated.sentences().size()).boxed().toList());
	}

	@Test
	void leavesOrdinaryTextUncut() {
		String paragraph = "The council met on Monday. Members argued about the budget for hours, and the mayor said "
				+ "nothing until the end. ";
		assertThat(NlpPipeline.cuts(paragraph.repeat(200), NlpPipeline.MAX_SENTENCE_CHARACTERS)).isEmpty();
		assertThat(NlpPipeline.cuts("“Enough!” she said. “We go home?” ".repeat(100), 100)).isEmpty();
	}

	@Test
	void cutsLongRunsAtASpaceOrAnywhereWhenThereIsNone() {
		assertThat(NlpPipeline.cuts("word ".repeat(100).strip(), 100)).containsExactly(99, 199, 299, 399);
		assertThat(NlpPipeline.cuts("x".repeat(250), 100)).containsExactly(100, 200);
		assertThat(NlpPipeline.cuts("a.b.c.".repeat(50), 100)).containsExactly(100, 200);
		String emoji = "😀".repeat(60);
		assertThat(NlpPipeline.cuts(emoji, 101)).allSatisfy((cut) -> assertThat(cut % 2).isZero());
	}

}
