package org.newsline.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsline.sources.fetch.Validators;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.newsline.sources.SourceItems.at;

/**
 * The feeds Newsline follows, in table {@code source_feed}, and the leases that let one
 * instance at a time poll each of them: an instance takes a due feed with
 * {@code FOR UPDATE SKIP LOCKED} and holds it until it is done, or until the lease runs
 * out if that instance died.
 */
@Repository
@Transactional
public class Feeds {

	private static final String COLUMNS = """
			id, url, title, poll_minutes, paused, next_poll_at, failures, last_error, last_polled_at,
			last_success_at, etag, last_modified, added_by""";

	private final JdbcClient jdbc;

	Feeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a feed, due at once; empty when one with that address exists. */
	public Optional<Long> add(String url, int pollMinutes, String addedBy, Instant now) {
		return this.jdbc.sql("""
				insert into source_feed (id, url, poll_minutes, next_poll_at, added_by, added_at)
				values (nextval('source_feed_seq'), :url, :minutes, :now, :by, :now)
				on conflict (url) do nothing
				returning id""")
			.param("url", url)
			.param("minutes", pollMinutes)
			.param("by", addedBy)
			.param("now", at(now))
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Feed> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from source_feed where id = :id")
			.param("id", id)
			.query(Feed.class)
			.optional();
	}

	/** The feed with this address, if Newsline follows it. */
	@Transactional(readOnly = true)
	public Optional<Feed> findByUrl(String url) {
		return this.jdbc.sql("select " + COLUMNS + " from source_feed where url = :url")
			.param("url", url)
			.query(Feed.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Feed.Summary> summaries() {
		List<Feed> feeds = this.jdbc.sql("select " + COLUMNS + " from source_feed order by id")
			.query(Feed.class)
			.list();
		return feeds.stream().map(this::summary).toList();
	}

	private Feed.Summary summary(Feed feed) {
		Counts counts = this.jdbc.sql("""
				select count(*) as items,
				       count(*) filter (where state = 'IMPORTED') as imported,
				       count(*) filter (where state = 'PENDING') as pending,
				       count(*) filter (where state in ('REFUSED', 'FAILED')) as not_imported
				from source_item where feed_id = :feed""").param("feed", feed.id()).query(Counts.class).single();
		return new Feed.Summary(feed, counts.items(), counts.imported(), counts.pending(), counts.notImported());
	}

	/** Pauses or resumes a feed; a resumed feed is due at once. */
	public boolean setPaused(long id, boolean paused, Instant now) {
		return this.jdbc.sql("""
				update source_feed set paused = :paused,
				       next_poll_at = case when :paused then next_poll_at else :now end
				where id = :id""").param("id", id).param("paused", paused).param("now", at(now)).update() == 1;
	}

	/** Removes a feed with its items; the articles imported from it stay. */
	public boolean remove(long id) {
		return this.jdbc.sql("delete from source_feed where id = :id").param("id", id).update() == 1;
	}

	/**
	 * Takes the feed due longest that no instance holds, and holds it for the lease;
	 * empty when none is due.
	 */
	Optional<Feed> takeDue(String holder, Duration lease, Instant now) {
		return take("""
				select id from source_feed
				where not paused and next_poll_at <= :now and (lease_until is null or lease_until < :now)
				order by next_poll_at limit 1
				for update skip locked""", null, holder, lease, now);
	}

	/** Takes one feed now, due or not, unless another instance holds it. */
	Optional<Feed> take(long id, String holder, Duration lease, Instant now) {
		return take("""
				select id from source_feed
				where id = :id and (lease_until is null or lease_until < :now)
				for update skip locked""", id, holder, lease, now);
	}

	private Optional<Feed> take(String which, @Nullable Long id, String holder, Duration lease, Instant now) {
		return this.jdbc
			.sql("update source_feed set leased_by = :holder, lease_until = :until where id = (" + which
					+ ") returning " + COLUMNS)
			.param("id", id)
			.param("holder", holder)
			.param("now", at(now))
			.param("until", at(now.plus(lease)))
			.query(Feed.class)
			.optional();
	}

	/** Records a poll that worked and lets go of the feed. */
	void succeeded(long id, String holder, @Nullable String title, Validators validators, Instant next, Instant now) {
		this.jdbc.sql("""
				update source_feed
				set title = coalesce(:title, title), etag = :etag, last_modified = :modified, failures = 0,
				    last_error = null, last_polled_at = :now, last_success_at = :now, next_poll_at = :next,
				    leased_by = null, lease_until = null
				where id = :id and leased_by = :holder""")
			.param("id", id)
			.param("holder", holder)
			.param("title", title)
			.param("etag", validators.etag())
			.param("modified", validators.lastModified())
			.param("now", at(now))
			.param("next", at(next))
			.update();
	}

	/**
	 * Records a failed poll with its reason, and when to try again; lets go of the feed.
	 */
	void failed(long id, String holder, String error, Instant next, Instant now) {
		this.jdbc.sql("""
				update source_feed
				set failures = failures + 1, last_error = :error, last_polled_at = :now, next_poll_at = :next,
				    leased_by = null, lease_until = null
				where id = :id and leased_by = :holder""")
			.param("id", id)
			.param("holder", holder)
			.param("error", error)
			.param("now", at(now))
			.param("next", at(next))
			.update();
	}

	/**
	 * Lets go of a feed without a poll having happened, to be tried again at
	 * {@code next}.
	 */
	void postpone(long id, String holder, Instant next) {
		this.jdbc.sql("""
				update source_feed set next_poll_at = :next, leased_by = null, lease_until = null
				where id = :id and leased_by = :holder""")
			.param("id", id)
			.param("holder", holder)
			.param("next", at(next))
			.update();
	}

	/** Whether an instance holds the feed now. */
	@Transactional(readOnly = true)
	boolean held(long id, Instant now) {
		return this.jdbc.sql("select count(*) from source_feed where id = :id and lease_until >= :now")
			.param("id", id)
			.param("now", at(now))
			.query(Long.class)
			.single() > 0;
	}

	private record Counts(long items, long imported, long pending, long notImported) {
	}

}
