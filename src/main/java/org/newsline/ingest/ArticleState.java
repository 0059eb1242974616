package org.newsline.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.document.DateOrigin;
import org.newsline.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the importer needs to know about stored articles before it reads a file again.
 */
@Component
@Transactional(readOnly = true)
class ArticleState {

	private final ArticleRepository articles;

	ArticleState(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * A stored article's content hash and, when an admin set one, its publication date.
	 */
	record Known(long id, String contentHash, @Nullable LocalDate editorDate) {
	}

	/** A stored article ready to be read again. */
	record Stored(CleanDocument document, String contentHash) {
	}

	@Nullable Known known(String key) {
		return this.articles.findBySourceKey(key)
			.map((article) -> new Known(article.getId(), article.getContentHash(),
					(article.getPublishedSource() == PublicationSource.EDITOR) ? article.getPublishedOn() : null))
			.orElse(null);
	}

	@Transactional
	Stored redate(long articleId, LocalDate published) {
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> NotFoundException.of("Article", articleId));
		article.datePublished(published, PublicationSource.EDITOR);
		List<String> paragraphs = Arrays.stream(article.getBody().split("\n\n")).toList();
		CleanDocument document = new CleanDocument(article.getSourceKey(), article.getTitle(), article.getOutlet(),
				article.getUrl(), published, DateOrigin.MANIFEST, article.getBody(), paragraphs, "UTF-8", List.of());
		return new Stored(document, article.getContentHash());
	}

}
