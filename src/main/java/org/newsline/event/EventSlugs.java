package org.newsline.event;

import java.util.Optional;

import org.newsline.shared.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses of events: the slug each has now and the former slugs that still lead to
 * it after a merge. Resolving a slug, taking a new one and keeping an old one all happen
 * here, so that a new event never takes a slug that already leads elsewhere.
 */
@Component
public class EventSlugs {

	private static final int MAX_HOPS = 10;

	/**
	 * The event a slug names, now or formerly, followed through merges to the one that
	 * survived (at most {@link #MAX_HOPS} of them).
	 */
	private static final String RESOLVE = """
			with recursive chain (id, slug, status, merged_into_id, hops) as (
			    select e.id, e.slug, e.status, e.merged_into_id, 0
			    from event e
			    where e.id = coalesce((select id from event where slug = :slug),
			                          (select event_id from event_former_slug where slug = :slug))
			    union all
			    select e.id, e.slug, e.status, e.merged_into_id, chain.hops + 1
			    from chain join event e on e.id = chain.merged_into_id
			    where chain.hops < :maxHops
			)
			select id, slug, status from chain where merged_into_id is null""";

	private static final String FORMER = """
			select exists (select 1 from event_former_slug where slug = :slug)""";

	/** The slugs that led to the merged event, and its own, now lead to the survivor. */
	private static final String MOVE_FORMER = """
			update event_former_slug set event_id = :to where event_id = :from""";

	private static final String KEEP_FORMER = """
			insert into event_former_slug (slug, event_id) values (:slug, :to)
			on conflict (slug) do update set event_id = excluded.event_id""";

	private final JdbcClient jdbc;

	private final EventRepository events;

	EventSlugs(JdbcClient jdbc, EventRepository events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The event a slug leads to now, with its current slug. */
	public Optional<Address> resolve(String slug) {
		return this.jdbc.sql(RESOLVE).param("slug", slug).param("maxHops", MAX_HOPS).query(Address.class).optional();
	}

	/** Whether a slug names an event or leads to one. */
	public boolean taken(String slug) {
		// through the repository, so that events saved but not yet flushed count too
		return this.events.existsBySlug(slug)
				|| Boolean.TRUE.equals(this.jdbc.sql(FORMER).param("slug", slug).query(Boolean.class).single());
	}

	/** A slug made from the title that no event has and no former slug leads from. */
	public String allocate(String title) {
		String base = Slugs.slugify(title);
		String slug = base;
		for (int i = 2; taken(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	/** After a merge: the merged event's slug and former slugs lead to the survivor. */
	public void redirect(long fromId, String fromSlug, long toId) {
		this.jdbc.sql(MOVE_FORMER).param("from", fromId).param("to", toId).update();
		this.jdbc.sql(KEEP_FORMER).param("slug", fromSlug).param("to", toId).update();
	}

	/** Where an event lives now. */
	public record Address(long id, String slug, ReviewStatus status) {
	}

}
