package org.newsline.ingest.nlp;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Annotates English text with Stanford CoreNLP, resolving relative dates against a
 * document date; the models load once per JVM, on first use.
 */
@Component
public class NlpPipeline {

	private static final Logger logger = LoggerFactory.getLogger(NlpPipeline.class);

	/**
	 * The longest passage without a sentence break given to CoreNLP as it is; a news
	 * sentence rarely reaches a third of it.
	 */
	public static final int MAX_SENTENCE_CHARACTERS = 1000;

	private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

	/** An empty table on the classpath: coreference then goes without the big one. */
	private static final String GENDER_NUMBER_NONE = "org/newsline/ingest/nlp/no-gender-number.txt";

	private static final Pattern RELATIVE = Pattern.compile("(PREV|THIS|NEXT) P(\\d+)([DWMY])");

	/** One copy of the models per JVM, whichever Spring context uses them. */
	private static final IdleReleasedModel<StanfordCoreNLP> MODELS = new IdleReleasedModel<>(NlpPipeline::load,
			NlpPipeline::unload);

	/**
	 * Annotates the text; relative dates ("late on Monday", "this month") resolve against
	 * documentDate.
	 *
	 * <p>
	 * A passage of more than {@value #MAX_SENTENCE_CHARACTERS} characters without a
	 * sentence break would reach CoreNLP as one sentence, and annotating a sentence costs
	 * more than linearly in its length: a passage of 50,000 characters without a break
	 * took two to three times as long as the same text in pieces. Such a passage is cut
	 * at a space, or anywhere when it has none, and the pieces are annotated one by one,
	 * each a sentence of its own. Text without such passages is annotated in one go.
	 */
	public AnnotatedText annotate(String text, @Nullable LocalDate documentDate) {
		List<Integer> cuts = cuts(text, MAX_SENTENCE_CHARACTERS);
		List<Sentence> sentences = new ArrayList<>();
		List<CorefChain> chains = new ArrayList<>();
		List<Quote> quotes = new ArrayList<>();
		int tokenCount = 0;
		int start = 0;
		for (int i = 0; i <= cuts.size(); i++) {
			int end = (i < cuts.size()) ? cuts.get(i) : text.length();
			Annotation annotation = new Annotation(text.substring(start, end));
			if (documentDate != null) {
				annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
			}
			MODELS.use((pipeline) -> {
				pipeline.annotate(annotation);
				return annotation;
			});
			int firstSentence = sentences.size();
			for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
				Sentence converted = convert(sentences.size(), start, sentence, documentDate);
				tokenCount += converted.tokens().size();
				sentences.add(converted);
			}
			chains.addAll(chains(annotation, sentences, firstSentence));
			quotes.addAll(quotes(annotation, start));
			start = end;
		}
		return new AnnotatedText(text, sentences, chains, quotes, tokenCount, cuts.size());
	}

	/**
	 * Where to cut a text so that no passage without a sentence break is longer than
	 * {@code max} characters: at the last space before the limit when it is not too far
	 * back, otherwise at the limit. A sentence break is a full stop, question or
	 * exclamation mark followed by a space, a quote or a bracket, or a line break.
	 */
	static List<Integer> cuts(String text, int max) {
		List<Integer> cuts = new ArrayList<>();
		int runStart = 0;
		int lastSpace = -1;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || (isSentenceEnd(c) && (i + 1 == length || isBreakAfter(text.charAt(i + 1))))) {
				runStart = i + 1;
				lastSpace = -1;
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				lastSpace = i;
			}
			if (i + 1 - runStart > max) {
				int cut = (lastSpace > runStart + max / 2) ? lastSpace : i;
				if (Character.isLowSurrogate(text.charAt(cut)) && cut > runStart + 1) {
					cut--;
				}
				cuts.add(cut);
				runStart = cut;
				lastSpace = -1;
			}
		}
		return cuts;
	}

	private static boolean isSentenceEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == '…';
	}

	private static boolean isBreakAfter(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || "\"'”’)]»".indexOf(c) >= 0;
	}

	/** Whether the CoreNLP models are in memory. */
	public boolean isLoaded() {
		return MODELS.isLoaded();
	}

	/**
	 * Drops the models from memory when no annotation has run for {@code idle}; the next
	 * annotation loads them again. Returns whether they were dropped.
	 */
	public boolean releaseIfIdleFor(Duration idle) {
		boolean released = MODELS.releaseIfIdleFor(idle);
		if (released) {
			logger.info("Released the CoreNLP models after {} without an import", idle);
		}
		return released;
	}

	private static StanfordCoreNLP load() {
		long started = System.nanoTime();
		StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
		logger.info("Loaded the CoreNLP pipeline ({}) in {} ms", ANNOTATORS, (System.nanoTime() - started) / 1_000_000);
		return pipeline;
	}

	/**
	 * CoreNLP keeps every annotator it builds in a static cache, models and all; dropping
	 * the pipeline alone would free nothing.
	 */
	private static void unload(StanfordCoreNLP pipeline) {
		synchronized (StanfordCoreNLP.class) {
			StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.clear();
		}
	}

	static Properties properties() {
		Properties properties = new Properties();
		properties.setProperty("annotators", ANNOTATORS);
		// SUTime's holiday binders need javax JAXB, which Boot replaces with the jakarta
		// one.
		properties.setProperty("sutime.binders", "0");
		// Without a document date, relative dates must stay unresolved rather than use
		// today.
		properties.setProperty("ner.docdate.usePresent", "false");
		// Cleaned article text keeps paragraphs apart with blank lines; headlines lack a
		// period.
		properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
		properties.setProperty("ner.applyFineGrained", "true");
		properties.setProperty("depparse.extradependencies", "MAXIMAL");
		// The fast neural model costs about as much as the rest of the pipeline; the
		// statistical one twice that, for little gain on news text.
		properties.setProperty("coref.algorithm", "fastneural");
		// The big gender-and-number table (web n-gram counts for every noun phrase) holds
		// about 250 MB of heap; the name and pronoun lists CoreNLP keeps beside it give
		// gender and number where news needs them.
		properties.setProperty("coref.big.gender.number", GENDER_NUMBER_NONE);
		return properties;
	}

	private static Sentence convert(int index, int offset, CoreMap sentence, @Nullable LocalDate documentDate) {
		List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
		List<Token> tokens = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			CoreLabel label = labels.get(i);
			String ner = label.ner() == null ? "O" : label.ner();
			tokens.add(new Token(i, label.word(), label.lemma() == null ? label.word() : label.lemma(), label.tag(),
					ner, new TextSpan(offset + label.beginPosition(), offset + label.endPosition())));
		}
		TextSpan span = new TextSpan(offset + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
				offset + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
		return new Sentence(index, span, tokens, dependencies(sentence), mentions(labels, tokens),
				timexes(labels, tokens, documentDate));
	}

	/**
	 * The chains of more than one mention, with sentence indexes shifted by the sentences
	 * of earlier pieces of the text.
	 */
	private static List<CorefChain> chains(Annotation annotation, List<Sentence> sentences, int firstSentence) {
		Map<Integer, edu.stanford.nlp.coref.data.CorefChain> found = annotation
			.get(CorefCoreAnnotations.CorefChainAnnotation.class);
		List<CorefChain> chains = new ArrayList<>();
		if (found == null) {
			return chains;
		}
		for (edu.stanford.nlp.coref.data.CorefChain chain : found.values()) {
			List<edu.stanford.nlp.coref.data.CorefChain.CorefMention> mentions = chain.getMentionsInTextualOrder();
			if (mentions.size() < 2) {
				continue;
			}
			List<CorefMention> converted = new ArrayList<>();
			int representative = 0;
			for (edu.stanford.nlp.coref.data.CorefChain.CorefMention mention : mentions) {
				int sentence = firstSentence + mention.sentNum - 1;
				if (sentence >= sentences.size()) {
					continue;
				}
				List<Token> tokens = sentences.get(sentence).tokens();
				int begin = mention.startIndex - 1;
				int end = Math.min(mention.endIndex - 1, tokens.size());
				if (begin < 0 || begin >= end) {
					continue;
				}
				if (mention == chain.getRepresentativeMention()) {
					representative = converted.size();
				}
				converted.add(new CorefMention(sentence, begin, end,
						Math.max(begin, Math.min(end - 1, mention.headIndex - 1)), String.valueOf(mention.mentionType),
						String.valueOf(mention.gender), String.valueOf(mention.number), String.valueOf(mention.animacy),
						new TextSpan(tokens.get(begin).span().start(), tokens.get(end - 1).span().end())));
			}
			if (converted.size() >= 2) {
				chains.add(new CorefChain(converted, representative));
			}
		}
		chains.sort(Comparator.comparingInt((CorefChain chain) -> chain.mentions().get(0).span().start()));
		return chains;
	}

	/**
	 * The quotations with their attributed speakers, as character spans of the whole
	 * text.
	 */
	private static List<Quote> quotes(Annotation annotation, int offset) {
		List<CoreMap> found = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
		List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
		List<Quote> quotes = new ArrayList<>();
		if (found == null || tokens == null) {
			return quotes;
		}
		for (CoreMap quote : found) {
			Integer begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
			Integer end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
			if (begin == null || end == null || end <= begin) {
				continue;
			}
			TextSpan mention = tokenSpan(tokens, offset,
					quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
					quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
			TextSpan canonical = tokenSpan(tokens, offset,
					quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
					quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
			quotes.add(new Quote(new TextSpan(offset + begin, offset + end), mention,
					quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class), canonical));
		}
		return quotes;
	}

	private static @Nullable TextSpan tokenSpan(List<CoreLabel> tokens, int offset, @Nullable Integer first,
			@Nullable Integer last) {
		if (first == null || last == null || first < 0 || last < first || last >= tokens.size()) {
			return null;
		}
		return new TextSpan(offset + tokens.get(first).beginPosition(), offset + tokens.get(last).endPosition());
	}

	private static List<Dependency> dependencies(CoreMap sentence) {
		SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
		List<Dependency> deps = new ArrayList<>();
		if (graph == null) {
			return deps;
		}
		for (var root : graph.getRoots()) {
			deps.add(new Dependency("root", -1, root.index() - 1));
		}
		for (SemanticGraphEdge edge : graph.edgeIterable()) {
			deps.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
					edge.getDependent().index() - 1));
		}
		return deps;
	}

	private static List<Mention> mentions(List<CoreLabel> labels, List<Token> tokens) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			String type = tokens.get(i).ner();
			if ("O".equals(type)) {
				i++;
				continue;
			}
			int end = i + 1;
			while (end < tokens.size() && type.equals(tokens.get(end).ner())) {
				end++;
			}
			mentions.add(new Mention(surface(labels, i, end), type,
					new TextSpan(tokens.get(i).span().start(), tokens.get(end - 1).span().end()), i, end));
			i = end;
		}
		return mentions;
	}

	private static List<Timex> timexes(List<CoreLabel> labels, List<Token> tokens, @Nullable LocalDate documentDate) {
		List<Timex> timexes = new ArrayList<>();
		int i = 0;
		while (i < labels.size()) {
			edu.stanford.nlp.time.Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
			if (timex == null) {
				i++;
				continue;
			}
			int end = i + 1;
			while (end < labels.size()
					&& sameTimex(timex, labels.get(end).get(TimeAnnotations.TimexAnnotation.class))) {
				end++;
			}
			String value = timex.value() != null ? timex.value() : relativeValue(timex.altVal(), documentDate);
			timexes.add(new Timex(surface(labels, i, end), timex.timexType(), value,
					new TextSpan(tokens.get(i).span().start(), tokens.get(end - 1).span().end()), i, end));
			i = end;
		}
		return timexes;
	}

	// SUTime leaves "last week" unresolved (value null, altVal "PREV P1W") when the week
	// belongs to another week-based year than the document date, e.g. on 2025-12-30.
	static @Nullable String relativeValue(@Nullable String altVal, @Nullable LocalDate documentDate) {
		if (altVal == null || documentDate == null) {
			return null;
		}
		Matcher matcher = RELATIVE.matcher(altVal.trim());
		if (!matcher.matches()) {
			return null;
		}
		int amount = Integer.parseInt(matcher.group(2));
		int sign = switch (matcher.group(1)) {
			case "PREV" -> -1;
			case "NEXT" -> 1;
			default -> 0;
		};
		return switch (matcher.group(3)) {
			case "D" -> documentDate.plusDays((long) sign * amount).toString();
			case "W" -> {
				LocalDate day = documentDate.plusWeeks((long) sign * amount);
				yield String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
						day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			}
			case "M" -> YearMonth.from(documentDate).plusMonths((long) sign * amount).toString();
			default -> String.valueOf(documentDate.getYear() + sign * amount);
		};
	}

	private static boolean sameTimex(edu.stanford.nlp.time.Timex first, edu.stanford.nlp.time.@Nullable Timex other) {
		return other != null && (other == first || (first.tid() != null && first.tid().equals(other.tid())));
	}

	private static String surface(List<CoreLabel> labels, int begin, int end) {
		StringBuilder text = new StringBuilder();
		for (int i = begin; i < end; i++) {
			CoreLabel label = labels.get(i);
			if (i > begin) {
				text.append(label.before());
			}
			text.append(label.originalText());
		}
		return text.toString();
	}

}
