package org.newsline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

import org.springframework.stereotype.Component;

/**
 * Fills event cards for a page of events in a fixed number of queries, whatever the page
 * size: actors, tags, sources and claims are each loaded once for all events of the page.
 */
@Component
class EventCards {

	/** The event columns every card query selects first, in this order. */
	static final String COLUMNS = "e.id, e.slug, e.title, e.summary, e.date_start, e.date_end, e.date_precision, "
			+ "e.date_approximate, e.date_phrase, e.date_anchor, e.status, e.updated_at";

	private static final int MARKS = 12;

	private final Rows rows;

	EventCards(Rows rows) {
		this.rows = rows;
	}

	/**
	 * The columns to select for a filter: the card columns, and the marked title and
	 * summary when searching.
	 */
	static String columns(TimelineFilter filter) {
		if (filter.q() == null) {
			return COLUMNS;
		}
		return COLUMNS + ", ts_headline('english', e.title, " + EventSearch.QUERY + ", 'HighlightAll=true, "
				+ Marked.OPTIONS + "'), ts_headline('english', e.summary, " + EventSearch.QUERY
				+ ", 'MaxWords=40, MinWords=15, " + Marked.OPTIONS + "')";
	}

	static EventDate date(Object[] row) {
		return new EventDate(Rows.date(row[4]), Rows.date(row[5]), DatePrecision.valueOf((String) row[6]),
				Rows.bool(row[7]), Rows.text(row[8]), Rows.date(row[9]));
	}

	/** Cards for rows selected with {@link #columns}, in the order given. */
	List<EventCard> of(List<Object[]> events, @Nullable LocalDate asOf) {
		if (events.isEmpty()) {
			return List.of();
		}
		List<Long> ids = events.stream().map((row) -> Rows.id(row[0])).toList();
		Map<String, Object> byIds = Map.of("ids", ids);
		Map<Long, List<ActorRef>> actors = group(ids);
		for (Object[] row : this.rows
			.list("select p.event_id, a.id, a.slug, a.name, a.kind, p.role from participation p "
					+ "join actor a on a.id = p.actor_id where p.event_id in (:ids) order by p.id", byIds)) {
			actors.get(Rows.id(row[0]))
				.add(new ActorRef(Rows.id(row[1]), (String) row[2], (String) row[3], ActorKind.valueOf((String) row[4]),
						(String) row[5]));
		}
		Map<Long, List<TagRef>> tags = group(ids);
		for (Object[] row : this.rows
			.list("select et.event_id, t.slug, t.name from event_tag et join tag t on t.id = et.tag_id "
					+ "where et.event_id in (:ids) order by t.name", byIds)) {
			tags.get(Rows.id(row[0])).add(new TagRef((String) row[1], (String) row[2]));
		}
		Map<String, Object> parameters = new HashMap<>(byIds);
		String known = "";
		String claimKnown = "";
		if (asOf != null) {
			parameters.put("asOf", asOf);
			known = " and coalesce(s.published_on, ar.published_on) <= :asOf";
			claimKnown = " join article car on car.id = c.article_id and car.published_on <= :asOf";
		}
		Map<Long, List<SourceRef>> sources = group(ids);
		for (Object[] row : this.rows
			.list("select s.event_id, s.id, s.article_id, ar.source_key, coalesce(s.outlet, ar.outlet), "
					+ "coalesce(s.url, ar.url), coalesce(s.title, ar.title), s.quote, s.independent, "
					+ "coalesce(s.published_on, ar.published_on) from event_source s left join article ar on ar.id = s.article_id "
					+ "where s.event_id in (:ids)" + known + " order by s.id", parameters)) {
			sources.get(Rows.id(row[0]))
				.add(new SourceRef(Rows.id(row[1]), Rows.optionalId(row[2]), Rows.text(row[3]), Rows.text(row[4]),
						Rows.text(row[5]), Rows.text(row[6]), (String) row[7], Rows.bool(row[8]), Rows.date(row[9])));
		}
		Map<Long, List<Long>> claimIds = group(ids);
		Set<Long> disputed = new HashSet<>();
		for (Object[] row : this.rows.list(
				"select c.event_id, c.id, " + EventSearch.CLAIM_DISPUTED + " from claim c" + claimKnown
						+ " where c.event_id in (:ids) and c.status in " + EventSearch.VISIBLE + " order by c.id",
				parameters)) {
			long eventId = Rows.id(row[0]);
			claimIds.get(eventId).add(Rows.id(row[1]));
			if (Rows.bool(row[2])) {
				disputed.add(eventId);
			}
		}
		List<EventCard> cards = new ArrayList<>();
		for (Object[] row : events) {
			long id = Rows.id(row[0]);
			String title = (String) row[2];
			String summary = (String) row[3];
			boolean searched = row.length >= MARKS + 2;
			cards.add(new EventCard(id, (String) row[1], title, summary, date(row),
					ReviewStatus.valueOf((String) row[10]), actors.get(id), tags.get(id), sources.get(id),
					claimIds.get(id), disputed.contains(id), Rows.instant(row[11]),
					searched ? Marked.parse((String) row[MARKS]) : Marked.plain(title),
					searched ? Marked.parse((String) row[MARKS + 1]) : Marked.plain(summary)));
		}
		return cards;
	}

	private static <T> Map<Long, List<T>> group(List<Long> ids) {
		Map<Long, List<T>> map = new LinkedHashMap<>();
		ids.forEach((id) -> map.put(id, new ArrayList<>()));
		return map;
	}

}
