package org.newsline.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.jspecify.annotations.Nullable;

/**
 * One imported source document: a stable key (file name or URL), its metadata and its
 * cleaned text, which every evidence span points into.
 */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	private @Nullable Long id;

	@NaturalId
	@Column(name = "source_key", nullable = false, updatable = false, length = 500)
	private String sourceKey;

	@Column(length = 200)
	private @Nullable String outlet;

	@Column(length = 1000)
	private @Nullable String title;

	@Column(length = 2000)
	private @Nullable String url;

	@Column(name = "published_on")
	private @Nullable LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_source", nullable = false, length = 16)
	private PublicationSource publishedSource = PublicationSource.UNKNOWN;

	@Column(nullable = false)
	private String body;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "derived_from_id")
	private @Nullable Long derivedFromId;

	@Column(name = "last_import_run_id")
	private @Nullable Long lastImportRunId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Article() {
		this.sourceKey = "";
		this.body = "";
		this.contentHash = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Article(String sourceKey, String body, String contentHash, Instant now) {
		this.sourceKey = sourceKey;
		this.body = body;
		this.contentHash = contentHash;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces the text and metadata with a fresh reading of the same source. */
	public void refresh(String body, String contentHash, @Nullable String title, @Nullable String outlet,
			@Nullable String url, Instant now) {
		this.body = body;
		this.contentHash = contentHash;
		this.title = title;
		this.outlet = outlet;
		this.url = url;
		this.updatedAt = now;
	}

	public void describe(@Nullable String title, @Nullable String outlet, @Nullable String url) {
		this.title = title;
		this.outlet = outlet;
		this.url = url;
	}

	public void datePublished(@Nullable LocalDate date, PublicationSource source) {
		this.publishedOn = date;
		this.publishedSource = (date != null) ? source : PublicationSource.UNKNOWN;
	}

	public void markImportedBy(long importRunId) {
		this.lastImportRunId = importRunId;
	}

	public void markDerivedFrom(@Nullable Long articleId) {
		this.derivedFromId = articleId;
	}

	/** The exact text between two offsets of the body. */
	public String excerpt(int start, int end) {
		return this.body.substring(Math.max(0, start), Math.min(this.body.length(), end));
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSourceKey() {
		return this.sourceKey;
	}

	public @Nullable String getOutlet() {
		return this.outlet;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public @Nullable LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public PublicationSource getPublishedSource() {
		return this.publishedSource;
	}

	public String getBody() {
		return this.body;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public @Nullable Long getDerivedFromId() {
		return this.derivedFromId;
	}

	public @Nullable Long getLastImportRunId() {
		return this.lastImportRunId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Article article && this.id != null && Objects.equals(this.id, article.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
