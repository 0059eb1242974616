package org.newsline.actor;

import java.util.Optional;

import org.newsline.shared.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses of actors: the slug each has now and the former slugs that still lead to
 * it after a merge. Resolving a slug, taking a new one and keeping an old one all happen
 * here, so that a new actor never takes a slug that already leads elsewhere.
 */
@Component
public class ActorSlugs {

	private static final int MAX_HOPS = 10;

	/**
	 * The actor a slug names, now or formerly, followed through merges to the one that
	 * survived (at most {@link #MAX_HOPS} of them).
	 */
	private static final String RESOLVE = """
			with recursive chain (id, slug, merged_into_id, hops) as (
			    select a.id, a.slug, a.merged_into_id, 0
			    from actor a
			    where a.id = coalesce((select id from actor where slug = :slug),
			                          (select actor_id from actor_former_slug where slug = :slug))
			    union all
			    select a.id, a.slug, a.merged_into_id, chain.hops + 1
			    from chain join actor a on a.id = chain.merged_into_id
			    where chain.hops < :maxHops
			)
			select id, slug from chain where merged_into_id is null""";

	private static final String FORMER = """
			select exists (select 1 from actor_former_slug where slug = :slug)""";

	/** The slugs that led to the merged actor, and its own, now lead to the survivor. */
	private static final String MOVE_FORMER = """
			update actor_former_slug set actor_id = :to where actor_id = :from""";

	private static final String KEEP_FORMER = """
			insert into actor_former_slug (slug, actor_id) values (:slug, :to)
			on conflict (slug) do update set actor_id = excluded.actor_id""";

	private final JdbcClient jdbc;

	private final ActorRepository actors;

	ActorSlugs(JdbcClient jdbc, ActorRepository actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** The actor a slug leads to now, with its current slug. */
	public Optional<Address> resolve(String slug) {
		return this.jdbc.sql(RESOLVE).param("slug", slug).param("maxHops", MAX_HOPS).query(Address.class).optional();
	}

	/** Whether a slug names an actor or leads to one. */
	public boolean taken(String slug) {
		// through the repository, so that actors saved but not yet flushed count too
		return this.actors.existsBySlug(slug)
				|| Boolean.TRUE.equals(this.jdbc.sql(FORMER).param("slug", slug).query(Boolean.class).single());
	}

	/** A slug made from the name that no actor has and no former slug leads from. */
	public String allocate(String name) {
		String base = Slugs.slugify(name);
		String slug = base;
		for (int i = 2; taken(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	/** After a merge: the merged actor's slug and former slugs lead to the survivor. */
	public void redirect(long fromId, String fromSlug, long toId) {
		this.jdbc.sql(MOVE_FORMER).param("from", fromId).param("to", toId).update();
		this.jdbc.sql(KEEP_FORMER).param("slug", fromSlug).param("to", toId).update();
	}

	/** Where an actor lives now. */
	public record Address(long id, String slug) {
	}

}
