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

}
