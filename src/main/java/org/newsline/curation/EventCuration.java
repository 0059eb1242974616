package org.newsline.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.ActorSlugs;
import org.newsline.actor.AliasKey;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.EvidenceRepository;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSlugs;
import org.newsline.event.EventSource;
import org.newsline.event.Participation;
import org.newsline.event.ReviewStatus;
import org.newsline.event.Tag;
import org.newsline.event.TagRepository;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.Origin;
import org.newsline.shared.Slugs;
import org.newsline.shared.TextSpan;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on events: creating them by hand, editing, publishing and rejecting, and
 * attaching, qualifying and detaching their sources.
 */
@Service
@Transactional(readOnly = true)
public class EventCuration {

	static final String KIND = "Event";

	private final EventRepository events;

	private final ActorRepository actors;

	private final TagRepository tags;

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final EvidenceRepository evidence;

	private final EventSlugs eventSlugs;

	private final ActorSlugs actorSlugs;

	private final Clock clock;

	EventCuration(EventRepository events, ActorRepository actors, TagRepository tags, ArticleRepository articles,
			ClaimRepository claims, EvidenceRepository evidence, EventSlugs eventSlugs, ActorSlugs actorSlugs,
			Clock clock) {
		this.events = events;
		this.actors = actors;
		this.tags = tags;
		this.articles = articles;
		this.claims = claims;
		this.evidence = evidence;
		this.eventSlugs = eventSlugs;
		this.actorSlugs = actorSlugs;
		this.clock = clock;
	}

	public EventDetails details(long id) {
		Event event = load(id);
		List<EventDetails.ActorRef> actorRefs = event.getParticipations()
			.stream()
			.map((p) -> new EventDetails.ActorRef(Objects.requireNonNull(p.getActor().getId()), p.getActor().getName(),
					p.getActor().getKind(), p.getRole()))
			.toList();
		List<String> tagNames = event.getTags().stream().map(Tag::getName).toList();
		List<EventDetails.SourceRow> sources = event.getSources().stream().map(EventCuration::row).toList();
		List<EventDetails.ClaimRow> claimRows = this.claims.findByEventIdIn(List.of(id))
			.stream()
			.sorted(Comparator.comparing((Claim c) -> Objects.requireNonNull(c.getId())))
			.map((c) -> new EventDetails.ClaimRow(Objects.requireNonNull(c.getId()), speaker(c), c.getText(),
					c.getVerdict(), c.getStatus()))
			.toList();
		List<Passage> passages = this.evidence.findByEventIdIn(List.of(id))
			.stream()
			.map((e) -> Passage.of(e.getArticle(), e.getSpan()))
			.toList();
		return new EventDetails(id, event.getSlug(), event.getTitle(), event.getSummary(), event.getDate(),
				event.getStatus(), event.getOrigin(), event.getMergedIntoId(), event.getUpdatedAt(), event.getVersion(),
				actorRefs, tagNames, sources, claimRows, passages);
	}

	@Transactional
	public long create(EditEvent command) {
		Instant now = Instant.now(this.clock);
		Event event = Event.handMade(command.title(), command.summary(), command.date(),
				this.eventSlugs.allocate(command.title()), now);
		event = this.events.save(event);
		apply(event, command, now);
		return Objects.requireNonNull(event.getId());
	}

	@Transactional
	public void edit(long id, EditEvent command) {
		Event event = lock(id);
		EditConflict.check(KIND, id, command.version(), event.getVersion());
		Instant now = Instant.now(this.clock);
		event.edit(command.title(), command.summary(), command.date(), now);
		apply(event, command, now);
	}

	@Transactional
	public void decide(long id, ReviewStatus status, long version) {
		Event event = lock(id);
		EditConflict.check(KIND, id, version, event.getVersion());
		changeStatus(event, status, Instant.now(this.clock));
	}

	@Transactional
	public long attach(long id, AttachSource source) {
		Event event = lock(id);
		EventSource attached;
		if (source instanceof AttachSource.FromArticle fromArticle) {
			Article article = this.articles.findById(fromArticle.articleId())
				.orElseThrow(() -> new RejectedInput("articleId", "Choose an imported article"));
			String quote = fromArticle.quote().strip();
			int at = quote.isEmpty() ? -1 : article.getBody().indexOf(quote);
			if (at < 0) {
				throw new RejectedInput("quote",
						"This quote does not occur in the article; paste it exactly as it is written there");
			}
			attached = event.cite(article, new TextSpan(at, at + quote.length()), Origin.EDITOR);
		}
		else {
			AttachSource.FromLink link = (AttachSource.FromLink) source;
			attached = event.citeLink(link.url().strip(), blankToNull(link.outlet()), blankToNull(link.title()),
					link.publishedOn(), link.quote().strip(), Origin.EDITOR);
		}
		this.events.flush();
		return Objects.requireNonNull(attached.getId());
	}

	@Transactional
	public void markDerived(long id, long sourceId, @Nullable Long derivedFromId) {
		Event event = lock(id);
		EventSource source = source(event, sourceId);
		if (derivedFromId != null && (derivedFromId == sourceId
				|| event.getSources().stream().noneMatch((s) -> derivedFromId.equals(s.getId())))) {
			throw new RejectedInput("derivedFromId", "Choose another source of this event");
		}
		source.markDerivedFrom(derivedFromId);
	}

	@Transactional
	public void detach(long id, long sourceId) {
		Event event = lock(id);
		EventSource source = source(event, sourceId);
		for (EventSource other : event.getSources()) {
			if (Objects.equals(other.getDerivedFromId(), sourceId)) {
				other.markDerivedFrom(null);
				other.markDerived();
			}
		}
		event.detach(source);
	}

	/** Events an editor may pick, most recently changed first. */
	public List<EventChoice> choices(int limit) {
		return this.events.findRecentlyChanged(PageRequest.of(0, limit))
			.stream()
			.map((e) -> new EventChoice(Objects.requireNonNull(e.getId()), e.getTitle(), e.getStatus()))
			.toList();
	}

	/** Articles an editor may quote, by title. */
	public List<ArticleChoice> articleChoices() {
		return this.articles.findAll()
			.stream()
			.map((a) -> new ArticleChoice(Objects.requireNonNull(a.getId()),
					((a.getOutlet() != null) ? a.getOutlet() + " — " : "")
							+ ((a.getTitle() != null) ? a.getTitle() : a.getSourceKey())))
			.sorted(Comparator.comparing(ArticleChoice::label))
			.toList();
	}

	/** Events for the desk's list, most recently changed first. */
	public List<EventRow> list(@Nullable ReviewStatus status, String text, int limit) {
		return this.events.findForDesk(status, text.strip(), PageRequest.of(0, limit))
			.stream()
			.map((e) -> new EventRow(Objects.requireNonNull(e.getId()), e.getTitle(), e.getStatus(), e.getDate(),
					e.getUpdatedAt()))
			.toList();
	}

	/** An event in the desk's list. */
	public record EventRow(long id, String title, ReviewStatus status, EventDate date, Instant updatedAt) {
	}

	/** An event to choose in a list. */
	public record EventChoice(long id, String title, ReviewStatus status) {
	}

	/** An article to choose in a list. */
	public record ArticleChoice(long id, String label) {
	}

	private void apply(Event event, EditEvent command, Instant now) {
		changeStatus(event, command.status(), now);
		List<Actor> wanted = new ArrayList<>();
		for (String name : command.actors()) {
			wanted.add(actorNamed(name, command.newActorKind(), now));
		}
		for (Participation participation : List.copyOf(event.getParticipations())) {
			if (!wanted.contains(participation.getActor())) {
				event.release(participation.getActor());
			}
		}
		for (Actor actor : wanted) {
			event.involve(actor, "participant", Origin.EDITOR);
		}
		Set<Tag> wantedTags = command.tags().stream().map(this::tagNamed).collect(Collectors.toSet());
		for (Tag tag : Set.copyOf(event.getTags())) {
			if (!wantedTags.contains(tag)) {
				event.untag(tag);
			}
		}
		wantedTags.forEach(event::tag);
	}

	private static void changeStatus(Event event, ReviewStatus status, Instant now) {
		if (status == event.getStatus()) {
			return;
		}
		switch (status) {
			case PUBLISHED -> event.publish(now);
			case REJECTED -> event.reject(now);
			case DRAFT -> event.returnToDraft(now);
			case UNREVIEWED -> throw new RejectedInput("status", "An edited event cannot go back to unreviewed");
		}
	}

	private Actor actorNamed(String name, ActorKind kind, Instant now) {
		if (name.length() > 300 || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new RejectedInput("actors", "An actor's name has letters or digits and at most 300 characters");
		}
		List<Actor> known = this.actors.findByAliasKeys(List.of(AliasKey.of(name).value()));
		if (!known.isEmpty()) {
			return known.stream()
				.filter((actor) -> actor.getName().equalsIgnoreCase(name))
				.findFirst()
				.orElse(known.get(0));
		}
		return this.actors.save(new Actor(name, kind, this.actorSlugs.allocate(name), Origin.EDITOR, now));
	}

	private Tag tagNamed(String name) {
		if (name.length() > 100) {
			throw new RejectedInput("tags", "A tag has at most 100 characters");
		}
		return this.tags.findBySlug(Slugs.slugify(name)).orElseGet(() -> this.tags.save(new Tag(name)));
	}

	private Event load(long id) {
		return this.events.findById(id).orElseThrow(() -> NotFoundException.of(KIND, id));
	}

	/**
	 * Loads the event to change it, holding its row until commit: a concurrent save waits
	 * and then meets the new version, so the version check cannot pass for two saves of
	 * the same version.
	 */
	private Event lock(long id) {
		return this.events.findForUpdate(id).orElseThrow(() -> NotFoundException.of(KIND, id));
	}

	private static EventSource source(Event event, long sourceId) {
		return event.getSources()
			.stream()
			.filter((s) -> Objects.equals(s.getId(), sourceId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Source", sourceId));
	}

	static EventDetails.SourceRow row(EventSource source) {
		Article article = source.getArticle();
		TextSpan span = source.getSpan();
		Passage passage = (article != null && span != null) ? Passage.of(article, span)
				: Passage.link(source.getOutlet(), source.getUrl(), source.getQuote());
		return new EventDetails.SourceRow(Objects.requireNonNull(source.getId()),
				(article != null) ? article.getId() : null, source.getUrl(), source.getOutlet(), source.getTitle(),
				source.getQuote(), source.isIndependent(), source.getDerivedFromId(), passage);
	}

	static String speaker(Claim claim) {
		Actor speaker = claim.getSpeaker();
		if (speaker != null) {
			return speaker.getName();
		}
		return Objects.requireNonNullElse(claim.getSpeakerLabel(), "unknown");
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
