package org.newsline.timeline.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.claim.ClaimRules;
import org.newsline.timeline.model.ActorRef;
import org.newsline.timeline.model.EventCard;
import org.newsline.timeline.model.Marked;
import org.newsline.timeline.model.SourceRef;
import org.newsline.timeline.model.TagRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills event cards for a page of events in a fixed number of queries, whatever the page
 * size: actors, tags, sources and claims are each loaded once for all events of the page.
 */
@Component
class EventCards {

	private static final String ACTORS = """
			select p.event_id, a.id, a.slug, a.name, a.kind, p.role
			from participation p join actor a on a.id = p.actor_id
			where p.event_id in (:ids)
			order by p.id""";

	private static final String TAGS = """
			select et.event_id, t.slug, t.name
			from event_tag et join tag t on t.id = et.tag_id
			where et.event_id in (:ids)
			order by t.name""";

	/** Sources known on a date: those published by then (all when the date is null). */
	private static final String SOURCES = """
			select s.event_id, s.id, s.article_id, ar.source_key as file, coalesce(s.outlet, ar.outlet) as outlet,
			       coalesce(s.url, ar.url) as url, coalesce(s.title, ar.title) as title, s.quote, s.independent,
			       coalesce(s.published_on, ar.published_on) as published_on
			from event_source s left join article ar on ar.id = s.article_id
			where s.event_id in (:ids)
			  and (cast(:asOf as date) is null or coalesce(s.published_on, ar.published_on) <= :asOf)
			order by s.id""";

	/** Claims readers see, known on a date: reported in an article published by then. */
	private static final String CLAIMS = """
			select c.event_id, c.id, %s as disputed
			from claim c left join article car on car.id = c.article_id
			where c.event_id in (:ids) and %s
			  and (cast(:asOf as date) is null or car.published_on <= :asOf)
			order by c.id""".formatted(ClaimRules.disputed("c"), ClaimRules.visibleToReaders("c"));

	private final JdbcClient jdbc;

	EventCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cards for the events, in the order given, as known on a date (now if null). */
	List<EventCard> of(List<EventRow> events, @Nullable LocalDate asOf) {
		if (events.isEmpty()) {
			return List.of();
		}
		List<Long> ids = events.stream().map(EventRow::id).toList();
		Map<Long, List<ActorRef>> actors = group(ids);
		this.jdbc.sql(ACTORS)
			.param("ids", ids)
			.query(ActorRow.class)
			.list()
			.forEach((row) -> actors.get(row.eventId())
				.add(new ActorRef(row.id(), row.slug(), row.name(), row.kind(), row.role())));
		Map<Long, List<TagRef>> tags = group(ids);
		this.jdbc.sql(TAGS)
			.param("ids", ids)
			.query(TagRow.class)
			.list()
			.forEach((row) -> tags.get(row.eventId()).add(new TagRef(row.slug(), row.name())));
		Map<Long, List<SourceRef>> sources = group(ids);
		this.jdbc.sql(SOURCES)
			.param("ids", ids)
			.param("asOf", asOf)
			.query(SourceRow.class)
			.list()
			.forEach((row) -> sources.get(row.eventId())
				.add(new SourceRef(row.id(), row.articleId(), row.file(), row.outlet(), row.url(), row.title(),
						row.quote(), row.independent(), row.publishedOn())));
		Map<Long, List<Long>> claimIds = group(ids);
		Set<Long> disputed = new HashSet<>();
		this.jdbc.sql(CLAIMS).param("ids", ids).param("asOf", asOf).query(ClaimRow.class).list().forEach((row) -> {
			claimIds.get(row.eventId()).add(row.id());
			if (row.disputed()) {
				disputed.add(row.eventId());
			}
		});
		List<EventCard> cards = new ArrayList<>();
		for (EventRow row : events) {
			long id = row.id();
			cards.add(new EventCard(id, row.slug(), row.title(), row.summary(), row.date(), row.status(),
					actors.get(id), tags.get(id), sources.get(id), claimIds.get(id), disputed.contains(id),
					row.updatedAt().toInstant(),
					(row.markedTitle() != null) ? Marked.parse(row.markedTitle()) : Marked.plain(row.title()),
					(row.markedSummary() != null) ? Marked.parse(row.markedSummary()) : Marked.plain(row.summary())));
		}
		return cards;
	}

	private static <T> Map<Long, List<T>> group(List<Long> ids) {
		Map<Long, List<T>> map = new LinkedHashMap<>();
		ids.forEach((id) -> map.put(id, new ArrayList<>()));
		return map;
	}

	record ActorRow(long eventId, long id, String slug, String name, ActorKind kind, String role) {
	}

	record TagRow(long eventId, String slug, String name) {
	}

	record SourceRow(long eventId, long id, @Nullable Long articleId, @Nullable String file, @Nullable String outlet,
			@Nullable String url, @Nullable String title, String quote, boolean independent,
			@Nullable LocalDate publishedOn) {
	}

	record ClaimRow(long eventId, long id, boolean disputed) {
	}

}
