package org.newsline.curation;

import org.jspecify.annotations.Nullable;
import org.newsline.article.Article;
import org.newsline.shared.TextSpan;

/**
 * A highlighted stretch of an article: the text before, the evidence itself, and the text
 * after.
 */
public record Passage(String source, @Nullable Long articleId, String before, String highlight, String after) {

	private static final int CONTEXT = 160;

	static Passage of(Article article, TextSpan span) {
		String body = article.getBody();
		int start = Math.min(span.start(), body.length());
		int end = Math.min(span.end(), body.length());
		String before = body.substring(Math.max(0, start - CONTEXT), start);
		String after = body.substring(end, Math.min(body.length(), end + CONTEXT));
		return new Passage(label(article), article.getId(), ((start > CONTEXT) ? "…" : "") + before,
				body.substring(start, end), after + ((end + CONTEXT < body.length()) ? "…" : ""));
	}

	/** The sentence with the quoted part marked, when the quote occurs in it. */
	static Passage inSentence(Article article, String sentence, String quote) {
		int at = quote.isEmpty() ? -1 : sentence.indexOf(quote);
		if (at < 0) {
			return new Passage(label(article), article.getId(), "", sentence, "");
		}
		return new Passage(label(article), article.getId(), sentence.substring(0, at), quote,
				sentence.substring(at + quote.length()));
	}

	static Passage link(@Nullable String outlet, @Nullable String url, String quote) {
		String source = (outlet != null && !outlet.isBlank()) ? outlet : ((url != null) ? url : "external link");
		return new Passage(source, null, "", quote, "");
	}

	private static String label(Article article) {
		String outlet = (article.getOutlet() != null) ? article.getOutlet() : article.getSourceKey();
		return (article.getTitle() != null) ? outlet + " — " + article.getTitle() : outlet;
	}

}
