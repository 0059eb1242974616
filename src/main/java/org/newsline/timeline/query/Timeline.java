package org.newsline.timeline.query;

import java.util.List;
import java.util.Optional;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.ClaimRules;
import org.newsline.event.EventRules;
import org.newsline.timeline.cache.Aggregates;
import org.newsline.timeline.model.Density;
import org.newsline.timeline.model.EventCard;
import org.newsline.timeline.model.Facets;
import org.newsline.timeline.model.Marked;
import org.newsline.timeline.model.MonthGroup;
import org.newsline.timeline.model.TimelineFilter;
import org.newsline.timeline.model.TimelineFilter.Cursor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's view of events: only published and unreviewed ones that were not merged
 * away, filtered, ordered by date, and paged by keyset so that a page stays put while
 * events are added. Each read takes a fixed number of SQL statements, whatever the page
 * size.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

	/** The card columns with the title and summary marked where they match the search. */
	private static final String MARKED_COLUMNS = """
			e.id, e.slug, e.title, e.summary, e.date_start, e.date_end, e.date_precision, e.date_approximate,
			e.date_phrase, e.date_anchor, e.status, e.updated_at,
			ts_headline('english', e.title, %1$s, 'HighlightAll=true, %2$s') as marked_title,
			ts_headline('english', e.summary, %1$s, 'MaxWords=40, MinWords=15, %2$s') as marked_summary"""
		.formatted(EventSearch.QUERY, Marked.OPTIONS);

	private static final String EVENT = """
			select %s from event e
			where e.id = :id and %s""".formatted(EventRow.COLUMNS, EventRules.visibleToReaders("e"));

	private static final String ACTOR_FACETS = """
			select a.slug as value, a.name as label, count(*) as count
			from participation p join actor a on a.id = p.actor_id
			where p.event_id in (select e.id from event e where %s)
			group by a.slug, a.name
			order by count(*) desc, a.name
			limit 15""";

	private static final String TAG_FACETS = """
			select t.slug as value, t.name as label, count(*) as count
			from event_tag et join tag t on t.id = et.tag_id
			where et.event_id in (select e.id from event e where %s)
			group by t.slug, t.name
			order by count(*) desc, t.name
			limit 20""";

	private static final String OUTLET_FACETS = """
			select o.outlet as value, o.outlet as label, count(distinct o.event_id) as count
			from (select s.event_id, coalesce(s.outlet, ar.outlet) as outlet
			      from event_source s left join article ar on ar.id = s.article_id) o
			where o.outlet is not null and o.event_id in (select e.id from event e where %s)
			group by o.outlet
			order by count(distinct o.event_id) desc, o.outlet
			limit 15""";

	private static final String DENSITY = """
			select cast(date_trunc('week', e.date_start) as date) as start, count(*) as events,
			       count(*) filter (where exists (select 1 from claim c
			                                      where c.event_id = e.id and %s and %s)) as disputed
			from event e
			where %%s
			group by 1
			order by 1""".formatted(ClaimRules.visibleToReaders("c"), ClaimRules.disputed("c"));

	private final JdbcClient jdbc;

	private final EventCards cards;

	private final Aggregates aggregates;

	Timeline(JdbcClient jdbc, EventCards cards, Aggregates aggregates) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.aggregates = aggregates;
	}

	/**
	 * A page of the timeline after the filter's position, with the position of the next
	 * page.
	 */
	public TimelineSlice slice(TimelineFilter filter, int size) {
		List<EventRow> found = events(filter, 0, size + 1);
		boolean more = found.size() > size;
		List<EventRow> shown = more ? found.subList(0, size) : found;
		List<EventCard> events = this.cards.of(shown, filter.asOf());
		Cursor next = null;
		if (more) {
			EventCard last = events.get(events.size() - 1);
			next = new Cursor(last.date().start(), last.id());
		}
		return new TimelineSlice(events, MonthGroup.of(events), count(filter.withoutPosition()), next);
	}

	/** A numbered page, for the JSON API. */
	public Page<EventCard> page(TimelineFilter filter, int page, int size) {
		TimelineFilter unpositioned = filter.withoutPosition();
		List<EventRow> found = events(unpositioned, Math.multiplyExact(page, size), size);
		return new PageImpl<>(this.cards.of(found, filter.asOf()), PageRequest.of(page, size), count(unpositioned));
	}

	/** Up to {@code limit} events from the filter's position, for feeds and exports. */
	public List<EventCard> list(TimelineFilter filter, int limit) {
		return this.cards.of(events(filter, 0, limit), filter.asOf());
	}

	public Optional<EventCard> event(long id) {
		List<EventRow> found = this.jdbc.sql(EVENT).param("id", id).query(EventRow.class).list();
		return this.cards.of(found, null).stream().findFirst();
	}

	private List<EventRow> events(TimelineFilter filter, int offset, int limit) {
		EventSearch search = EventSearch.of(filter);
		String sql = "select " + ((filter.q() != null) ? MARKED_COLUMNS : EventRow.COLUMNS) + "\nfrom event e\nwhere "
				+ search.where + EventSearch.order(filter) + "\nlimit :limit offset :offset";
		return this.jdbc.sql(sql)
			.params(search.parameters)
			.param("limit", limit)
			.param("offset", offset)
			.query(EventRow.class)
			.list();
	}

	public long count(TimelineFilter filter) {
		return this.aggregates.get("count", filter, () -> countNow(filter.withoutPosition()));
	}

	private long countNow(TimelineFilter filter) {
		EventSearch search = EventSearch.of(filter);
		return this.jdbc.sql("select count(*) from event e where " + search.where)
			.params(search.parameters)
			.query(Long.class)
			.single();
	}

	/**
	 * The actors, tags and outlets of the events the filter finds, most frequent first.
	 */
	public Facets facets(TimelineFilter filter) {
		return this.aggregates.get("facets", filter, () -> facetsNow(filter));
	}

	private Facets facetsNow(TimelineFilter filter) {
		EventSearch search = EventSearch.of(filter.withoutPosition());
		List<Facets.Option> actors = facet(ACTOR_FACETS, search, filter.actors()::contains);
		List<Facets.Option> tags = facet(TAG_FACETS, search, filter.tags()::contains);
		List<Facets.Option> outlets = facet(OUTLET_FACETS, search, (outlet) -> outlet.equals(filter.outlet()));
		return new Facets(actors, tags, outlets);
	}

	private List<Facets.Option> facet(String sql, EventSearch search, Predicate<String> selected) {
		return this.jdbc.sql(sql.formatted(search.where))
			.params(search.parameters)
			.query(FacetRow.class)
			.list()
			.stream()
			.map((row) -> new Facets.Option(row.value(), row.label(), row.count(), selected.test(row.value())))
			.toList();
	}

	/**
	 * How many events (and how many disputed ones) fall in each week, for every filter
	 * but the date range, which the strip itself picks.
	 */
	public Density density(TimelineFilter filter) {
		return this.aggregates.get("density", filter, () -> densityNow(filter));
	}

	private Density densityNow(TimelineFilter filter) {
		EventSearch search = EventSearch.of(filter.withoutPosition(), false, false);
		List<Density.Count> weeks = this.jdbc.sql(DENSITY.formatted(search.where))
			.params(search.parameters)
			.query(Density.Count.class)
			.list();
		return Density.of(weeks, filter);
	}

	/** The events of one actor, newest first, for the actor page's mini timeline. */
	public List<EventCard> ofActor(String slug, int limit) {
		return list(TimelineFilter.NONE.withActor(slug), limit);
	}

	private record FacetRow(String value, String label, long count) {
	}

	/**
	 * A page of events with the position to continue from, and how many the filter finds
	 * in all.
	 */
	public record TimelineSlice(List<EventCard> events, List<MonthGroup> months, long total, @Nullable Cursor next) {

		public boolean isEmpty() {
			return this.events.isEmpty();
		}

	}

}
