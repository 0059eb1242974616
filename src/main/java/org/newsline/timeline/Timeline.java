package org.newsline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsline.timeline.TimelineFilter.Cursor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

	private final Rows rows;

	private final EventCards cards;

	private final Aggregates aggregates;

	Timeline(Rows rows, EventCards cards, Aggregates aggregates) {
		this.rows = rows;
		this.cards = cards;
		this.aggregates = aggregates;
	}

	/**
	 * A page of the timeline after the filter's position, with the position of the next
	 * page.
	 */
	public TimelineSlice slice(TimelineFilter filter, int size) {
		EventSearch search = EventSearch.of(filter);
		List<Object[]> found = this.rows.list("select " + EventCards.columns(filter) + " from event e where "
				+ search.where + EventSearch.order(filter), search.parameters, 0, size + 1);
		boolean more = found.size() > size;
		List<Object[]> shown = more ? found.subList(0, size) : found;
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
		EventSearch search = EventSearch.of(unpositioned);
		List<Object[]> found = this.rows.list("select " + EventCards.columns(unpositioned) + " from event e where "
				+ search.where + EventSearch.order(unpositioned), search.parameters, Math.multiplyExact(page, size),
				size);
		return new PageImpl<>(this.cards.of(found, filter.asOf()), PageRequest.of(page, size), count(unpositioned));
	}

	/** Up to {@code limit} events from the filter's position, for feeds and exports. */
	public List<EventCard> list(TimelineFilter filter, int limit) {
		EventSearch search = EventSearch.of(filter);
		return this.cards.of(this.rows.list("select " + EventCards.columns(filter) + " from event e where "
				+ search.where + EventSearch.order(filter), search.parameters, 0, limit), filter.asOf());
	}

	public Optional<EventCard> event(long id) {
		List<Object[]> found = this.rows.list("select " + EventCards.COLUMNS + " from event e where e.id = :id and "
				+ EventSearch.of(TimelineFilter.NONE).where, Map.of("id", id));
		return this.cards.of(found, null).stream().findFirst();
	}

	public long count(TimelineFilter filter) {
		return this.aggregates.get("count", filter, () -> countNow(filter.withoutPosition()));
	}

	private long countNow(TimelineFilter filter) {
		EventSearch search = EventSearch.of(filter);
		return this.rows.count("select count(*) from event e where " + search.where, search.parameters);
	}

	/**
	 * The actors, tags and outlets of the events the filter finds, most frequent first.
	 */
	public Facets facets(TimelineFilter filter) {
		return this.aggregates.get("facets", filter, () -> facetsNow(filter));
	}

	private Facets facetsNow(TimelineFilter filter) {
		EventSearch search = EventSearch.of(filter.withoutPosition());
		String matching = "(select e.id from event e where " + search.where + ")";
		List<Facets.Option> actors = new ArrayList<>();
		for (Object[] row : this.rows.list(
				"select a.slug, a.name, count(*) from participation p join actor a on a.id = p.actor_id "
						+ "where p.event_id in " + matching + " group by a.slug, a.name order by count(*) desc, a.name",
				search.parameters, 0, 15)) {
			actors.add(new Facets.Option((String) row[0], (String) row[1], Rows.id(row[2]),
					filter.actors().contains((String) row[0])));
		}
		List<Facets.Option> tags = new ArrayList<>();
		for (Object[] row : this.rows
			.list("select t.slug, t.name, count(*) from event_tag et join tag t on t.id = et.tag_id "
					+ "where et.event_id in " + matching + " group by t.slug, t.name order by count(*) desc, t.name",
					search.parameters, 0, 20)) {
			tags.add(new Facets.Option((String) row[0], (String) row[1], Rows.id(row[2]),
					filter.tags().contains((String) row[0])));
		}
		List<Facets.Option> outlets = new ArrayList<>();
		for (Object[] row : this.rows.list("select o.outlet, count(distinct o.event_id) from (select s.event_id, "
				+ "coalesce(s.outlet, ar.outlet) as outlet from event_source s left join article ar on ar.id = s.article_id) o "
				+ "where o.outlet is not null and o.event_id in " + matching
				+ " group by o.outlet order by count(distinct o.event_id) desc, o.outlet", search.parameters, 0, 15)) {
			outlets.add(new Facets.Option((String) row[0], (String) row[0], Rows.id(row[1]),
					((String) row[0]).equals(filter.outlet())));
		}
		return new Facets(actors, tags, outlets);
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
		List<Density.Count> weeks = new ArrayList<>();
		for (Object[] row : this.rows.list("select cast(date_trunc('week', e.date_start) as date), count(*), "
				+ "count(*) filter (where exists (select 1 from claim c where c.event_id = e.id and c.status in "
				+ EventSearch.VISIBLE + " and " + EventSearch.CLAIM_DISPUTED + ")) from event e where " + search.where
				+ " group by 1 order by 1", search.parameters)) {
			weeks.add(new Density.Count(Rows.date(row[0]), Rows.id(row[1]), Rows.id(row[2])));
		}
		return Density.of(weeks, filter);
	}

	/** The events of one actor, newest first, for the actor page's mini timeline. */
	public List<EventCard> ofActor(String slug, int limit) {
		return list(TimelineFilter.NONE.withActor(slug), limit);
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
