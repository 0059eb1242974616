package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.AnnotatedText;
import org.newsline.ingest.nlp.NlpPipeline;
import org.newsline.ingest.nlp.Sentence;

/**
 * Turns one article's text into drafted actors, dated events and attributed claims.
 */
public final class ArticleExtractor {

	private final NlpPipeline pipeline;

	public ArticleExtractor(NlpPipeline pipeline) {
		this.pipeline = pipeline;
	}

	/** Annotates the text against its publication date and drafts what it reports. */
	public ArticleExtraction extract(String text, @Nullable LocalDate documentDate) {
		return extract(this.pipeline.annotate(text, documentDate), documentDate);
	}

	/**
	 * Drafts what an already annotated text reports: the rules alone, without CoreNLP.
	 */
	public static ArticleExtraction extract(AnnotatedText annotated, @Nullable LocalDate documentDate) {
		List<String> notes = new ArrayList<>();
		if (documentDate == null) {
			notes.add("No document date: relative dates were left unresolved");
		}
		List<Parse> parses = new ArrayList<>();
		List<Integer> paragraphs = new ArrayList<>();
		int paragraph = 0;
		int previousEnd = 0;
		for (Sentence sentence : annotated.sentences()) {
			if (annotated.text().substring(previousEnd, sentence.span().start()).indexOf('\n') >= 0) {
				paragraph++;
			}
			previousEnd = sentence.span().end();
			paragraphs.add(paragraph);
			parses.add(new Parse(sentence, annotated.text()));
		}
		Actors actors = ActorResolver.resolve(parses);
		EventAssembler.Assembled events = EventAssembler.assemble(parses, paragraphs, actors, documentDate, notes);
		List<ClaimDraft> claims = ClaimExtractor.extract(parses, actors, events, paragraphs, documentDate);
		return new ArticleExtraction(actors.drafts, events.events(), claims, annotated.tokenCount(), notes);
	}

}
