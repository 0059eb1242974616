package org.newsline.event;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.newsline.shared.Origin;
import org.newsline.shared.TextSpan;

/**
 * A report of an event: a quoted span of an imported article, or an external link. A
 * source copied from another (syndication, a rewrite) is derived, not independent.
 */
@Entity
@Audited
@Table(name = "event_source")
public class EventSource {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_source_seq")
	@SequenceGenerator(name = "event_source_seq", sequenceName = "event_source_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id", nullable = false)
	private Event event;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private @Nullable Article article;

	@Column(name = "span_start")
	private @Nullable Integer spanStart;

	@Column(name = "span_end")
	private @Nullable Integer spanEnd;

	@Column(length = 2000)
	private @Nullable String url;

	@Column(length = 200)
	private @Nullable String outlet;

	@Column(length = 1000)
	private @Nullable String title;

	@Column(name = "published_on")
	private @Nullable LocalDate publishedOn;

	@Column(nullable = false)
	private String quote;

	@Column(name = "derived_from_id")
	private @Nullable Long derivedFromId;

	@Column(nullable = false)
	private boolean independent = true;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	protected EventSource() {
		this.quote = "";
		this.origin = Origin.IMPORT;
	}

	private EventSource(Event event, String quote, Origin origin) {
		this.event = event;
		this.quote = quote;
		this.origin = origin;
	}

	static EventSource fromArticle(Event event, Article article, TextSpan span, Origin origin) {
		if (span.end() > article.getBody().length()) {
			throw new IllegalArgumentException("The quoted span lies outside the article");
		}
		EventSource source = new EventSource(event, article.excerpt(span.start(), span.end()), origin);
		source.article = article;
		source.spanStart = span.start();
		source.spanEnd = span.end();
		source.outlet = article.getOutlet();
		source.title = article.getTitle();
		source.url = article.getUrl();
		source.publishedOn = article.getPublishedOn();
		return source;
	}

	static EventSource fromLink(Event event, String url, @Nullable String outlet, @Nullable String title,
			@Nullable LocalDate publishedOn, String quote, Origin origin) {
		if (url.isBlank()) {
			throw new IllegalArgumentException("An external source needs a URL");
		}
		EventSource source = new EventSource(event, quote, origin);
		source.url = url;
		source.outlet = outlet;
		source.title = title;
		source.publishedOn = publishedOn;
		return source;
	}

	/** Marks this source a copy of another report; null makes it independent again. */
	public void markDerivedFrom(@Nullable Long sourceId) {
		this.derivedFromId = sourceId;
		this.independent = sourceId == null;
	}

	/** Marks this source as a copy of a report that Newsline has no source row for. */
	public void markDerived() {
		this.independent = false;
	}

	/** The same report, cited for another event. */
	EventSource copyFor(Event event) {
		EventSource copy = new EventSource(event, this.quote, this.origin);
		copy.article = this.article;
		copy.spanStart = this.spanStart;
		copy.spanEnd = this.spanEnd;
		copy.url = this.url;
		copy.outlet = this.outlet;
		copy.title = this.title;
		copy.publishedOn = this.publishedOn;
		copy.independent = this.independent;
		return copy;
	}

	/** Whether both cite the same passage of the same article, or the same link. */
	boolean sameReportAs(EventSource other) {
		if (this.article != null) {
			return this.article.equals(other.article) && java.util.Objects.equals(getSpan(), other.getSpan());
		}
		return other.article == null && java.util.Objects.equals(this.url, other.url);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public @Nullable Article getArticle() {
		return this.article;
	}

	public @Nullable TextSpan getSpan() {
		return (this.spanStart != null && this.spanEnd != null) ? new TextSpan(this.spanStart, this.spanEnd) : null;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public @Nullable String getOutlet() {
		return this.outlet;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getQuote() {
		return this.quote;
	}

	public @Nullable Long getDerivedFromId() {
		return this.derivedFromId;
	}

	public boolean isIndependent() {
		return this.independent;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof EventSource source && this.id != null && Objects.equals(this.id, source.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
