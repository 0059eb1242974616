package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.AnnotatedText;
import org.newsline.ingest.nlp.NlpPipeline;
import org.newsline.ingest.nlp.Sentence;

/**
 * Turns one article's text into drafted actors, dated events and attributed claims.
 */
public final class ArticleExtractor {

	private static final Pattern DATELINE = Pattern.compile("(?m)^((?:\\p{Lu}{2}[\\p{Lu}.'’ -]{1,30}"
			+ "(?:,\\s*[\\p{L}.'’ ]{2,30})?\\s*(?:\\([^)\\n]{1,30}\\))?|\\([\\p{L} .]{2,30}\\))\\s*[—–-]{1,2}\\s+)(?=\\p{Lu})");

	/** The default of the most characters of one article that are analysed. */
	public static final int DEFAULT_MAX_CHARACTERS = 50_000;

	private final NlpPipeline pipeline;

	private final int maxCharacters;

	public ArticleExtractor(NlpPipeline pipeline) {
		this(pipeline, DEFAULT_MAX_CHARACTERS);
	}

	/**
	 * An extractor that analyses at most {@code maxCharacters} of an article: CoreNLP
	 * takes about a second per three thousand characters and holds every token of the
	 * text in memory, so a file of megabytes of text would hold an import for half an
	 * hour or more.
	 */
	public ArticleExtractor(NlpPipeline pipeline, int maxCharacters) {
		if (maxCharacters <= 0) {
			throw new IllegalArgumentException("maxCharacters must be positive");
		}
		this.pipeline = pipeline;
		this.maxCharacters = maxCharacters;
	}

	/**
	 * Annotates the text against its publication date and drafts what it reports; of a
	 * text longer than the limit, only the beginning is analysed, up to a paragraph break
	 * when there is one.
	 */
	public ArticleExtraction extract(String text, @Nullable LocalDate documentDate) {
		String analysed = text.substring(0, analysedLength(text, this.maxCharacters));
		AnnotatedText annotated = this.pipeline.annotate(withoutDatelines(analysed), documentDate);
		return extract(new AnnotatedText(analysed, annotated.sentences(), annotated.corefChains(), annotated.quotes(),
				annotated.tokenCount(), annotated.brokenRuns()), documentDate);
	}

	/**
	 * The text with the datelines that open paragraphs ("LUBBOCK, Texas — ", "(CNN) — ")
	 * blanked out, character for character, so that the parser does not take the place or
	 * the agency for the subject of the first sentence; every offset stays as it was.
	 */
	static String withoutDatelines(String text) {
		Matcher matcher = DATELINE.matcher(text);
		StringBuilder masked = new StringBuilder(text);
		while (matcher.find()) {
			for (int i = matcher.start(1); i < matcher.end(1); i++) {
				if (!Character.isWhitespace(masked.charAt(i))) {
					masked.setCharAt(i, ' ');
				}
			}
		}
		return masked.toString();
	}

	/**
	 * How much of a text to analyse: all of it when it is short enough, else up to the
	 * last paragraph break before the limit, else the last space, else the limit itself.
	 */
	static int analysedLength(String text, int max) {
		if (text.length() <= max) {
			return text.length();
		}
		int paragraph = text.lastIndexOf("\n\n", max);
		if (paragraph > max / 2) {
			return paragraph;
		}
		int space = text.lastIndexOf(' ', max);
		if (space > max / 2) {
			return space;
		}
		return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
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
		Actors actors = ActorResolver.resolve(parses, annotated.corefChains());
		EventAssembler.Assembled events = EventAssembler.assemble(parses, paragraphs, actors, documentDate, notes);
		List<ClaimDraft> claims = ClaimExtractor.extract(parses, actors, events, paragraphs, documentDate,
				annotated.quotes());
		return new ArticleExtraction(actors.drafts, events.events(), claims, annotated.tokenCount(),
				annotated.text().length(), annotated.brokenRuns(), notes);
	}

}
