package org.newsline.timeline.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorSlugs;
import org.newsline.article.PublicationSource;
import org.newsline.claim.ClaimRules;
import org.newsline.claim.Verdict;
import org.newsline.event.EventRules;
import org.newsline.event.EventSlugs;
import org.newsline.shared.MovedException;
import org.newsline.shared.NotFoundException;
import org.newsline.timeline.model.ActorPage;
import org.newsline.timeline.model.ClaimView;
import org.newsline.timeline.model.EventCard;
import org.newsline.timeline.model.EventPage;
import org.newsline.timeline.model.Facets;
import org.newsline.timeline.model.SourcePage;
import org.newsline.timeline.model.SourceRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's pages beyond the timeline: an event, an actor, the claims, a claim and a
 * source article. Merged events and actors, and their former slugs, lead to where they
 * went.
 */
@Service
@Transactional(readOnly = true)
public class ReaderPages {

	/**
	 * Up to six visible events near an event: those sharing most of its actors first,
	 * then those within two weeks of it.
	 */
	private static final String RELATED = """
			select %s
			from event e
			left join participation p
			       on p.event_id = e.id and p.actor_id in (select actor_id from participation where event_id = :id)
			where e.id <> :id and %s
			  and (p.actor_id is not null or abs(e.date_start - :start) <= 14)
			group by e.id
			order by count(p.actor_id) desc, abs(e.date_start - :start), e.id
			limit 6""".formatted(EventRow.COLUMNS, EventRules.visibleToReaders("e"));

	private static final String ACTOR = """
			select a.name, a.kind, a.description from actor a where a.id = :id""";

	private static final String ALIASES = """
			select al.name from actor_alias al where al.actor_id = :id order by al.name""";

	/**
	 * An actor's visible claims, how many of them are disputed but not false, and false.
	 */
	private static final String ACTOR_CLAIM_COUNTS = """
			select count(*) as claims,
			       count(*) filter (where %1$s and c.verdict <> '%3$s') as disputed,
			       count(*) filter (where c.verdict = '%3$s') as false_claims
			from claim c
			where c.speaker_actor_id = :id and %2$s""".formatted(ClaimRules.disputed("c"),
			ClaimRules.visibleToReaders("c"), Verdict.FALSE.name());

	private static final String SPEAKERS = """
			select a.slug as value, a.name as label, count(*) as count
			from claim c join actor a on a.id = c.speaker_actor_id
			where %s
			group by a.slug, a.name
			order by count(*) desc, a.name
			limit 50""".formatted(ClaimRules.visibleToReaders("c"));

	private static final String ARTICLE = """
			select ar.id, ar.source_key as file, ar.title, ar.outlet, ar.url, ar.published_on, ar.published_source,
			       ar.body
			from article ar where ar.id = :id""";

	/** What readers may see that was extracted from an article, with where it stands. */
	private static final String EXTRACTED = """
			select 'event' as kind, s.span_start, s.span_end, ev.slug as target, ev.title as label
			from event_source s join event ev on ev.id = s.event_id
			where s.article_id = :id and %1$s
			union all
			select 'event', x.span_start, x.span_end, ev.slug, ev.title
			from evidence x join event ev on ev.id = x.event_id
			where x.article_id = :id and %1$s
			union all
			select 'actor', x.span_start, x.span_end, a.slug, a.name
			from evidence x join actor a on a.id = x.actor_id
			where x.article_id = :id and a.merged_into_id is null
			union all
			select 'claim', c.span_start, c.span_end, cast(c.id as varchar), c.text
			from claim c
			where c.article_id = :id and c.span_start is not null and %2$s
			union all
			select 'claim', x.span_start, x.span_end, cast(c.id as varchar), c.text
			from evidence x join claim c on c.id = x.claim_id
			where x.article_id = :id and %2$s""".formatted(EventRules.visibleToReaders("ev"),
			ClaimRules.visibleToReaders("c"));

	private final JdbcClient jdbc;

	private final EventCards cards;

	private final ClaimViews claims;

	private final Timeline timeline;

	private final EventSlugs eventSlugs;

	private final ActorSlugs actorSlugs;

	ReaderPages(JdbcClient jdbc, EventCards cards, ClaimViews claims, Timeline timeline, EventSlugs eventSlugs,
			ActorSlugs actorSlugs) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.claims = claims;
		this.timeline = timeline;
		this.eventSlugs = eventSlugs;
		this.actorSlugs = actorSlugs;
	}

	/**
	 * An event's page; a merged event or a former slug throws {@link MovedException} with
	 * the address of the event it leads to.
	 */
	public EventPage event(String slug) {
		EventSlugs.Address address = this.eventSlugs.resolve(slug)
			.filter((found) -> found.status().visibleToReaders())
			.orElseThrow(() -> NotFoundException.of("Event", slug));
		if (!address.slug().equals(slug)) {
			throw MovedException.to("/events/" + address.slug());
		}
		EventCard event = this.timeline.event(address.id()).orElseThrow(() -> NotFoundException.of("Event", slug));
		List<ClaimView> claims = this.claims.find(ClaimCriteria.aboutEvent(event.id()), 0, 200);
		List<EventRow> related = this.jdbc.sql(RELATED)
			.param("id", event.id())
			.param("start", event.date().start())
			.query(EventRow.class)
			.list();
		return new EventPage(event, event.sources().stream().filter(SourceRef::independent).toList(),
				event.sources().stream().filter((source) -> !source.independent()).toList(), claims,
				this.cards.of(related, null));
	}

	/**
	 * An actor's page; a merged actor or a former slug throws {@link MovedException} with
	 * the address of the actor it leads to.
	 */
	public ActorPage actor(String slug) {
		ActorSlugs.Address address = this.actorSlugs.resolve(slug)
			.orElseThrow(() -> NotFoundException.of("Actor", slug));
		if (!address.slug().equals(slug)) {
			throw MovedException.to("/actors/" + address.slug());
		}
		long id = address.id();
		ActorRow actor = this.jdbc.sql(ACTOR).param("id", id).query(ActorRow.class).single();
		List<String> aliases = this.jdbc.sql(ALIASES)
			.param("id", id)
			.query(String.class)
			.list()
			.stream()
			.filter((alias) -> !alias.equals(actor.name()))
			.toList();
		ClaimCounts counts = this.jdbc.sql(ACTOR_CLAIM_COUNTS).param("id", id).query(ClaimCounts.class).single();
		return new ActorPage(id, slug, actor.name(), actor.kind(), actor.description(), aliases,
				this.timeline.ofActor(slug, 50), this.claims.find(ClaimCriteria.bySpeaker(id), 0, 50), counts.claims(),
				counts.disputed(), counts.falseClaims());
	}

	/**
	 * A page of visible claims, optionally of one verdict and one speaker (an actor's
	 * slug).
	 */
	public ClaimList claims(@Nullable Verdict verdict, @Nullable String speaker, int page, int size) {
		ClaimCriteria criteria = ClaimCriteria.of(verdict, speaker);
		long total = this.claims.count(criteria);
		List<ClaimView> found = this.claims.find(criteria, Math.multiplyExact(page, size), size);
		List<Facets.Option> speakers = this.jdbc.sql(SPEAKERS)
			.query(FacetRow.class)
			.list()
			.stream()
			.map((row) -> new Facets.Option(row.value(), row.label(), row.count(), row.value().equals(speaker)))
			.toList();
		return new ClaimList(found, total, page, size, speakers);
	}

	/** A numbered page of all visible claims, in the order they were recorded. */
	public Page<ClaimView> claimPage(int page, int size) {
		List<ClaimView> found = this.claims.find(ClaimCriteria.ALL, Math.multiplyExact(page, size), size);
		return new PageImpl<>(found, PageRequest.of(page, size), this.claims.count(ClaimCriteria.ALL));
	}

	public Optional<ClaimView> claim(long id) {
		return this.claims.find(ClaimCriteria.claim(id), 0, 1).stream().findFirst();
	}

	public Optional<SourcePage> source(long id) {
		Optional<ArticleRow> found = this.jdbc.sql(ARTICLE).param("id", id).query(ArticleRow.class).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ArticleRow article = found.get();
		String body = article.body();
		List<Span> spans = new ArrayList<>();
		Map<String, SourcePage.Extracted> extracted = new LinkedHashMap<>();
		for (ExtractedRow row : this.jdbc.sql(EXTRACTED).param("id", id).query(ExtractedRow.class).list()) {
			String href = switch (row.kind()) {
				case "event" -> "/events/" + row.target();
				case "actor" -> "/actors/" + row.target();
				default -> "/claims/" + row.target();
			};
			int start = Math.min(row.spanStart(), body.length());
			int end = Math.min(row.spanEnd(), body.length());
			if (end > start) {
				spans.add(new Span(start, end, row.kind(), href, row.label()));
			}
			extracted.merge(href, new SourcePage.Extracted(row.kind(), row.label(), href, 1),
					(a, b) -> new SourcePage.Extracted(a.kind(), a.label(), a.href(), a.mentions() + 1));
		}
		List<SourcePage.Extracted> listed = extracted.values()
			.stream()
			.sorted(Comparator.comparing(SourcePage.Extracted::kind).thenComparing(SourcePage.Extracted::label))
			.toList();
		return Optional.of(new SourcePage(id, article.file(), article.title(), article.outlet(), article.url(),
				article.publishedOn(), article.publishedSource().inferred(), pieces(body, spans), listed));
	}

	/**
	 * Cuts the text at every span boundary; each piece links to the shortest span
	 * covering it.
	 */
	static List<SourcePage.Piece> pieces(String body, List<Span> spans) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
		spans.forEach((span) -> {
			cuts.add(span.start());
			cuts.add(span.end());
		});
		List<SourcePage.Piece> pieces = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			int start = from;
			int end = to;
			List<Span> covering = spans.stream().filter((span) -> span.start() <= start && end <= span.end()).toList();
			String text = body.substring(start, end);
			if (covering.isEmpty()) {
				pieces.add(new SourcePage.Piece(text, List.of(), null, null));
			}
			else {
				Span innermost = covering.stream().min(Comparator.comparingInt(Span::length)).orElseThrow();
				List<String> kinds = covering.stream().map(Span::kind).distinct().sorted().toList();
				pieces.add(new SourcePage.Piece(text, kinds, innermost.href(),
						innermost.kind() + ": " + innermost.label()));
			}
			from = to;
		}
		return pieces;
	}

	/** A highlighted stretch of an article. */
	record Span(int start, int end, String kind, String href, String label) {

		int length() {
			return this.end - this.start;
		}

	}

	private record ActorRow(String name, ActorKind kind, @Nullable String description) {
	}

	private record ClaimCounts(long claims, long disputed, long falseClaims) {
	}

	private record FacetRow(String value, String label, long count) {
	}

	private record ArticleRow(long id, String file, @Nullable String title, @Nullable String outlet,
			@Nullable String url, @Nullable LocalDate publishedOn, PublicationSource publishedSource, String body) {
	}

	private record ExtractedRow(String kind, int spanStart, int spanEnd, String target, String label) {
	}

	/** A page of claims with the speakers to filter by. */
	public record ClaimList(List<ClaimView> claims, long total, int page, int size, List<Facets.Option> speakers) {

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.total;
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

	}

}
