package org.newsline.timeline.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.newsline.claim.ClaimRules;
import org.newsline.event.EventRules;
import org.newsline.timeline.model.TimelineFilter;

/**
 * Turns a timeline filter into the SQL condition on {@code event e} and its parameters,
 * for the timeline's queries alone. Only events visible to readers are ever found.
 */
final class EventSearch {

	static final String QUERY = "websearch_to_tsquery('english', :q)";

	final StringBuilder where = new StringBuilder();

	final Map<String, Object> parameters = new LinkedHashMap<>();

	private EventSearch() {
	}

	/** The full condition, including the date range and the keyset position. */
	static EventSearch of(TimelineFilter filter) {
		return of(filter, true, true);
	}

	static EventSearch of(TimelineFilter filter, boolean withDates, boolean withPosition) {
		EventSearch search = new EventSearch();
		search.where.append(filter.reviewed() ? EventRules.published("e") : EventRules.visibleToReaders("e"));
		if (filter.q() != null) {
			search.where.append(" and (e.search @@ ")
				.append(QUERY)
				.append(" or exists (select 1 from claim c where c.event_id = e.id and ")
				.append(ClaimRules.visibleToReaders("c"))
				.append(" and c.search @@ ")
				.append(QUERY)
				.append("))");
			search.parameters.put("q", filter.q());
		}
		if (!filter.actors().isEmpty()) {
			// A set of matching events, not a count per scanned event: the planner can
			// start from the actor.
			search.where
				.append(" and e.id in (select p.event_id from participation p join actor a on a.id = p.actor_id")
				.append(" where a.slug in (:actors) group by p.event_id having count(distinct a.slug) = :actorCount)");
			search.parameters.put("actors", filter.actors());
			search.parameters.put("actorCount", filter.actors().size());
		}
		if (!filter.tags().isEmpty()) {
			search.where.append(" and e.id in (select et.event_id from event_tag et join tag t on t.id = et.tag_id")
				.append(" where t.slug in (:tags) group by et.event_id having count(distinct t.slug) = :tagCount)");
			search.parameters.put("tags", filter.tags());
			search.parameters.put("tagCount", filter.tags().size());
		}
		if (withDates && filter.from() != null) {
			search.where.append(" and e.date_end >= :from");
			search.parameters.put("from", filter.from());
		}
		if (withDates && filter.to() != null) {
			search.where.append(" and e.date_start <= :to");
			search.parameters.put("to", filter.to());
		}
		if (filter.outlet() != null) {
			search.where
				.append(" and exists (select 1 from event_source s left join article ar on ar.id = s.article_id")
				.append(" where s.event_id = e.id and coalesce(s.outlet, ar.outlet) = :outlet)");
			search.parameters.put("outlet", filter.outlet());
		}
		if (filter.asOf() != null) {
			search.where
				.append(" and exists (select 1 from event_source s left join article ar on ar.id = s.article_id")
				.append(" where s.event_id = e.id and coalesce(s.published_on, ar.published_on) <= :asOf)");
			search.parameters.put("asOf", filter.asOf());
		}
		if (filter.disputed()) {
			search.where.append(" and exists (select 1 from claim c");
			if (filter.asOf() != null) {
				search.where.append(" join article car on car.id = c.article_id and car.published_on <= :asOf");
			}
			search.where.append(" where c.event_id = e.id and ")
				.append(ClaimRules.visibleToReaders("c"))
				.append(" and ")
				.append(ClaimRules.disputed("c"))
				.append(")");
		}
		if (withPosition && filter.after() != null) {
			search.where.append(filter.oldestFirst() ? " and (e.date_start, e.id) > (:afterStart, :afterId)"
					: " and (e.date_start, e.id) < (:afterStart, :afterId)");
			search.parameters.put("afterStart", filter.after().start());
			search.parameters.put("afterId", filter.after().id());
		}
		return search;
	}

	static String order(TimelineFilter filter) {
		return filter.oldestFirst() ? " order by e.date_start, e.id" : " order by e.date_start desc, e.id desc";
	}

}
