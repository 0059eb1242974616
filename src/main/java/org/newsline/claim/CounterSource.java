package org.newsline.claim;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import org.newsline.article.Article;

/**
 * Evidence an editor cites against (or for) a claim when giving a verdict: an imported
 * article with a quote, or an external link.
 */
@Entity
@Audited
@Table(name = "counter_source")
public class CounterSource {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_source_seq")
	@SequenceGenerator(name = "counter_source_seq", sequenceName = "counter_source_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "claim_id", nullable = false)
	private Claim claim;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private @Nullable Article article;

	@Column(length = 2000)
	private @Nullable String url;

	@Column(length = 1000)
	private @Nullable String title;

	@Column(nullable = false)
	private String quote;

	protected CounterSource() {
		this.quote = "";
	}

	CounterSource(Claim claim, @Nullable Article article, @Nullable String url, @Nullable String title, String quote) {
		if (article == null && (url == null || url.isBlank())) {
			throw new IllegalArgumentException("A counter-source needs an article or a URL");
		}
		if (article != null && !quote.isBlank() && !article.getBody().contains(quote)) {
			throw new IllegalArgumentException("The quote does not occur in the article");
		}
		this.claim = claim;
		this.article = article;
		this.url = url;
		this.title = title;
		this.quote = quote;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public @Nullable Article getArticle() {
		return this.article;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public String getQuote() {
		return this.quote;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof CounterSource source && this.id != null
				&& Objects.equals(this.id, source.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
