package org.newsline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.article.PublicationSource;
import org.newsline.claim.Verdict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's pages beyond the timeline: an event, an actor, the claims, a claim and a
 * source article. Merged and renamed events and actors lead to where they went.
 */
@Service
@Transactional(readOnly = true)
public class ReaderPages {

	private static final int MAX_HOPS = 10;

	private final Rows rows;

	private final EventCards cards;

	private final ClaimViews claims;

	private final Timeline timeline;

	ReaderPages(Rows rows, EventCards cards, ClaimViews claims, Timeline timeline) {
		this.rows = rows;
		this.cards = cards;
		this.claims = claims;
		this.timeline = timeline;
	}

	public Lookup<EventPage> event(String slug) {
		List<Object[]> found = this.rows.list(
				"select e.id, e.slug, e.status, e.merged_into_id from event e where e.slug = :slug",
				Map.of("slug", slug));
		if (found.isEmpty()) {
			found = this.rows.list("select e.id, e.slug, e.status, e.merged_into_id from event_former_slug f "
					+ "join event e on e.id = f.event_id where f.slug = :slug", Map.of("slug", slug));
			if (found.isEmpty()) {
				return Lookup.missing();
			}
		}
		Object[] row = found.get(0);
		for (int hop = 0; row[3] != null && hop < MAX_HOPS; hop++) {
			List<Object[]> next = this.rows.list(
					"select e.id, e.slug, e.status, e.merged_into_id from event e where e.id = :id",
					Map.of("id", Rows.id(row[3])));
			if (next.isEmpty()) {
				return Lookup.missing();
			}
			row = next.get(0);
		}
		if (row[3] != null || !visible((String) row[2])) {
			return Lookup.missing();
		}
		if (!slug.equals(row[1])) {
			return Lookup.moved((String) row[1]);
		}
		long id = Rows.id(row[0]);
		Optional<EventCard> card = this.timeline.event(id);
		if (card.isEmpty()) {
			return Lookup.missing();
		}
		EventCard event = card.get();
		List<ClaimView> claims = this.claims.where("c.event_id = :event", Map.of("event", id), 0, 200);
		List<Object[]> related = this.rows.list("select " + EventCards.COLUMNS
				+ " from event e left join participation p "
				+ "on p.event_id = e.id and p.actor_id in (select actor_id from participation where event_id = :id) "
				+ "where e.id <> :id and " + EventSearch.of(TimelineFilter.NONE).where
				+ " and (p.actor_id is not null or abs(e.date_start - :start) <= 14) group by e.id "
				+ "order by count(p.actor_id) desc, abs(e.date_start - :start), e.id",
				Map.of("id", id, "start", event.date().start()), 0, 6);
		return Lookup.found(new EventPage(event, event.sources().stream().filter(SourceRef::independent).toList(),
				event.sources().stream().filter((source) -> !source.independent()).toList(), claims,
				this.cards.of(related, null)));
	}

	public Lookup<ActorPage> actor(String slug) {
		List<Object[]> found = this.rows.list("select a.id, a.slug, a.merged_into_id from actor a where a.slug = :slug",
				Map.of("slug", slug));
		if (found.isEmpty()) {
			found = this.rows.list("select a.id, a.slug, a.merged_into_id from actor_former_slug f join actor a "
					+ "on a.id = f.actor_id where f.slug = :slug", Map.of("slug", slug));
			if (found.isEmpty()) {
				return Lookup.missing();
			}
		}
		Object[] row = found.get(0);
		for (int hop = 0; row[2] != null && hop < MAX_HOPS; hop++) {
			List<Object[]> next = this.rows.list("select a.id, a.slug, a.merged_into_id from actor a where a.id = :id",
					Map.of("id", Rows.id(row[2])));
			if (next.isEmpty()) {
				return Lookup.missing();
			}
			row = next.get(0);
		}
		if (row[2] != null) {
			return Lookup.missing();
		}
		if (!slug.equals(row[1])) {
			return Lookup.moved((String) row[1]);
		}
		long id = Rows.id(row[0]);
		Object[] actor = this.rows
			.list("select a.name, a.kind, a.description from actor a where a.id = :id", Map.of("id", id))
			.get(0);
		List<String> aliases = this.rows
			.list("select al.name from actor_alias al where al.actor_id = :id order by al.name", Map.of("id", id))
			.stream()
			.map((alias) -> (String) alias[0])
			.filter((alias) -> !alias.equals(actor[0]))
			.toList();
		Object[] counts = this.rows
			.list("select count(*), count(*) filter (where " + EventSearch.CLAIM_DISPUTED
					+ " and c.verdict <> 'FALSE'), count(*) filter (where c.verdict = 'FALSE') from claim c "
					+ "where c.speaker_actor_id = :id and c.status in " + EventSearch.VISIBLE, Map.of("id", id))
			.get(0);
		return Lookup.found(new ActorPage(id, (String) row[1], (String) actor[0], ActorKind.valueOf((String) actor[1]),
				Rows.text(actor[2]), aliases, this.timeline.ofActor((String) row[1], 50),
				this.claims.where("c.speaker_actor_id = :speaker", Map.of("speaker", id), 0, 50), Rows.id(counts[0]),
				Rows.id(counts[1]), Rows.id(counts[2])));
	}

	/**
	 * A page of visible claims, optionally of one verdict and one speaker (an actor's
	 * slug).
	 */
	public ClaimList claims(@Nullable Verdict verdict, @Nullable String speaker, int page, int size) {
		StringBuilder condition = new StringBuilder("true");
		Map<String, Object> parameters = new HashMap<>();
		if (verdict != null) {
			condition.append(" and c.verdict = :verdict");
			parameters.put("verdict", verdict.name());
		}
		if (speaker != null) {
			condition.append(" and a.slug = :speaker");
			parameters.put("speaker", speaker);
		}
		long total = this.claims.count(condition.toString(), parameters);
		List<ClaimView> found = this.claims.where(condition.toString(), parameters, Math.multiplyExact(page, size),
				size);
		List<Object[]> speakers = this.rows.list("select a.slug, a.name, count(*) from claim c join actor a on a.id = "
				+ "c.speaker_actor_id where c.status in " + EventSearch.VISIBLE + " group by a.slug, a.name "
				+ "order by count(*) desc, a.name", Map.of(), 0, 50);
		return new ClaimList(found, total, page, size, speakers.stream()
			.map((row) -> new Facets.Option((String) row[0], (String) row[1], Rows.id(row[2]), row[0].equals(speaker)))
			.toList());
	}

	public Optional<ClaimView> claim(long id) {
		return this.claims.where("c.id = :id", Map.of("id", id), 0, 1).stream().findFirst();
	}

	public Optional<SourcePage> source(long id) {
		List<Object[]> found = this.rows
			.list("select ar.id, ar.source_key, ar.title, ar.outlet, ar.url, ar.published_on, "
					+ "ar.published_source, ar.body from article ar where ar.id = :id", Map.of("id", id));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Object[] article = found.get(0);
		String body = (String) article[7];
		List<Span> spans = new ArrayList<>();
		Map<String, SourcePage.Extracted> extracted = new LinkedHashMap<>();
		String visibleEvent = "ev.merged_into_id is null and ev.status in " + EventSearch.VISIBLE;
		for (Object[] row : this.rows
			.list("select 'event', s.span_start, s.span_end, ev.slug, ev.title from event_source s "
					+ "join event ev on ev.id = s.event_id where s.article_id = :id and " + visibleEvent
					+ " union all select 'event', x.span_start, x.span_end, ev.slug, ev.title from evidence x join event ev "
					+ "on ev.id = x.event_id where x.article_id = :id and " + visibleEvent
					+ " union all select 'actor', x.span_start, x.span_end, a.slug, a.name from evidence x join actor a "
					+ "on a.id = x.actor_id where x.article_id = :id and a.merged_into_id is null"
					+ " union all select 'claim', c.span_start, c.span_end, cast(c.id as varchar), c.text from claim c "
					+ "where c.article_id = :id and c.span_start is not null and c.status in " + EventSearch.VISIBLE
					+ " union all select 'claim', x.span_start, x.span_end, cast(c.id as varchar), c.text from evidence x "
					+ "join claim c on c.id = x.claim_id where x.article_id = :id and c.status in "
					+ EventSearch.VISIBLE, Map.of("id", id))) {
			String kind = (String) row[0];
			String href = switch (kind) {
				case "event" -> "/events/" + row[3];
				case "actor" -> "/actors/" + row[3];
				default -> "/claims/" + row[3];
			};
			int start = Math.min(((Number) row[1]).intValue(), body.length());
			int end = Math.min(((Number) row[2]).intValue(), body.length());
			if (end > start) {
				spans.add(new Span(start, end, kind, href, (String) row[4]));
			}
			extracted.merge(href, new SourcePage.Extracted(kind, (String) row[4], href, 1),
					(a, b) -> new SourcePage.Extracted(a.kind(), a.label(), a.href(), a.mentions() + 1));
		}
		PublicationSource published = PublicationSource.valueOf((String) article[6]);
		List<SourcePage.Extracted> listed = extracted.values()
			.stream()
			.sorted(Comparator.comparing(SourcePage.Extracted::kind).thenComparing(SourcePage.Extracted::label))
			.toList();
		return Optional.of(new SourcePage(id, (String) article[1], Rows.text(article[2]), Rows.text(article[3]),
				Rows.text(article[4]), Rows.date(article[5]), published.inferred(), pieces(body, spans), listed));
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

	private static boolean visible(String status) {
		return "PUBLISHED".equals(status) || "UNREVIEWED".equals(status);
	}

	/** A highlighted stretch of an article. */
	record Span(int start, int end, String kind, String href, String label) {

		int length() {
			return this.end - this.start;
		}

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
