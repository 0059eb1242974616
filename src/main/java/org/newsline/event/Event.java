package org.newsline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.article.Article;
import org.newsline.shared.Origin;
import org.newsline.shared.TextSpan;

/**
 * Something that happened at a time: its title, summary and date, the actors involved,
 * its tags and the sources that report it. Claims about it live in the claim module.
 */
@Entity
@Audited
@Table(name = "event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
	@SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
	private @Nullable Long id;

	@NaturalId(mutable = true)
	@Column(nullable = false, length = 200)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Embedded
	private EventDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReviewStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	/** Set once an editor changes the event: the importer then never rewrites it. */
	@Column(nullable = false)
	private boolean edited;

	@Column(name = "merged_into_id")
	private @Nullable Long mergedIntoId;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Participation> participations = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<EventSource> sources = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("name")
	private Set<Tag> tags = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Event() {
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.date = EventDate.day(LocalDate.EPOCH);
		this.status = ReviewStatus.DRAFT;
		this.origin = Origin.EDITOR;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	private Event(String title, String summary, EventDate date, String slug, ReviewStatus status, Origin origin,
			Instant now) {
		if (title.isBlank()) {
			throw new IllegalArgumentException("An event needs a title");
		}
		this.title = title.strip();
		this.summary = summary.strip();
		this.date = date;
		this.slug = slug;
		this.status = status;
		this.origin = origin;
		this.edited = origin == Origin.EDITOR;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** An event the importer drafted: visible to readers, marked unreviewed. */
	public static Event drafted(String title, String summary, EventDate date, String slug, Instant now) {
		return new Event(title, summary, date, slug, ReviewStatus.UNREVIEWED, Origin.IMPORT, now);
	}

	/** An event an editor made by hand, hidden as a draft until published. */
	public static Event handMade(String title, String summary, EventDate date, String slug, Instant now) {
		return new Event(title, summary, date, slug, ReviewStatus.DRAFT, Origin.EDITOR, now);
	}

	/** The importer's refresh of an event it made; a no-op once an editor touched it. */
	public boolean refresh(String title, String summary, EventDate date, Instant now) {
		if (this.edited || this.origin != Origin.IMPORT) {
			return false;
		}
		boolean changed = !this.title.equals(title) || !this.summary.equals(summary) || !this.date.equals(date);
		if (changed) {
			this.title = title;
			this.summary = summary;
			this.date = date;
			this.updatedAt = now;
		}
		return changed;
	}

	/**
	 * The importer's better date for an event it made: a date another report states
	 * replaces one that was only guessed, or one that spans more ("in 2024" gives way to
	 * "by August 2024"). A no-op once an editor touched the event.
	 */
	public boolean refineDate(EventDate stated, Instant now) {
		if (this.edited || this.origin != Origin.IMPORT || stated.approximate()) {
			return false;
		}
		boolean narrower = !stated.start().isBefore(this.date.start()) && !stated.end().isAfter(this.date.end())
				&& !stated.equals(this.date);
		if (!this.date.approximate() && !narrower) {
			return false;
		}
		this.date = stated;
		this.updatedAt = now;
		return true;
	}

	public void edit(String title, String summary, EventDate date, Instant now) {
		if (title.isBlank()) {
			throw new IllegalArgumentException("An event needs a title");
		}
		this.title = title.strip();
		this.summary = summary.strip();
		this.date = date;
		touch(now);
	}

	public void publish(Instant now) {
		this.status = ReviewStatus.PUBLISHED;
		touch(now);
	}

	public void reject(Instant now) {
		this.status = ReviewStatus.REJECTED;
		touch(now);
	}

	public void returnToDraft(Instant now) {
		this.status = ReviewStatus.DRAFT;
		touch(now);
	}

	private void touch(Instant now) {
		this.edited = true;
		this.updatedAt = now;
	}

	/** Adds the actor in this role, or keeps the existing participation; returns it. */
	public Participation involve(Actor actor, String role, Origin origin) {
		Optional<Participation> existing = this.participations.stream()
			.filter((participation) -> participation.getActor().equals(actor))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		Participation participation = new Participation(this, actor, role, origin);
		this.participations.add(participation);
		return participation;
	}

	public void release(Actor actor) {
		this.participations.removeIf((participation) -> participation.getActor().equals(actor));
	}

	public EventSource cite(Article article, TextSpan span, Origin origin) {
		Optional<EventSource> existing = this.sources.stream()
			.filter((source) -> article.equals(source.getArticle()) && span.equals(source.getSpan()))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		EventSource source = EventSource.fromArticle(this, article, span, origin);
		this.sources.add(source);
		return source;
	}

	public EventSource citeLink(String url, @Nullable String outlet, @Nullable String title,
			@Nullable LocalDate publishedOn, String quote, Origin origin) {
		EventSource source = EventSource.fromLink(this, url, outlet, title, publishedOn, quote, origin);
		this.sources.add(source);
		return source;
	}

	public void detach(EventSource source) {
		this.sources.remove(source);
	}

	public boolean citesArticle(Article article) {
		return this.sources.stream().anyMatch((source) -> article.equals(source.getArticle()));
	}

	public void tag(Tag tag) {
		this.tags.add(tag);
	}

	public void untag(Tag tag) {
		this.tags.remove(tag);
	}

	/**
	 * Moves the other event's sources, actors and tags here and redirects it to this one.
	 * Children are copied and removed from the other event rather than re-parented,
	 * because orphan removal would otherwise delete what was moved.
	 */
	public void absorb(Event other, Instant now) {
		if (other == this) {
			throw new IllegalArgumentException("An event cannot be merged into itself");
		}
		for (EventSource source : List.copyOf(other.sources)) {
			boolean present = this.sources.stream().anyMatch((s) -> s.sameReportAs(source));
			if (!present) {
				this.sources.add(source.copyFor(this));
			}
			other.sources.remove(source);
		}
		for (Participation participation : List.copyOf(other.participations)) {
			involve(participation.getActor(), participation.getRole(), participation.getOrigin());
			other.participations.remove(participation);
		}
		this.tags.addAll(other.tags);
		other.tags.clear();
		other.mergedIntoId = this.id;
		other.status = ReviewStatus.REJECTED;
		other.touch(now);
		touch(now);
	}

	/**
	 * Replaces one actor by another in this event's participations, after an actor merge.
	 */
	public void replaceActor(Actor loser, Actor winner) {
		boolean winnerPresent = this.participations.stream().anyMatch((p) -> p.getActor().equals(winner));
		for (Participation participation : List.copyOf(this.participations)) {
			if (participation.getActor().equals(loser)) {
				if (winnerPresent) {
					this.participations.remove(participation);
				}
				else {
					participation.replaceActor(winner);
					winnerPresent = true;
				}
			}
		}
	}

	public long independentSourceCount() {
		return this.sources.stream().filter(EventSource::isIndependent).count();
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public EventDate getDate() {
		return this.date;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public boolean isEdited() {
		return this.edited;
	}

	public @Nullable Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public List<Participation> getParticipations() {
		return Collections.unmodifiableList(this.participations);
	}

	public List<EventSource> getSources() {
		return Collections.unmodifiableList(this.sources);
	}

	public Set<Tag> getTags() {
		return Collections.unmodifiableSet(this.tags);
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
				|| (other instanceof Event event && this.id != null && Objects.equals(this.id, event.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
