package org.newsline.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article addresses Newsline knows, in table {@code source_item}: adding them, taking
 * pending ones to fetch (each by one instance only), and recording what became of them.
 */
@Repository
@Transactional
public class SourceItems {

	private static final String COLUMNS = """
			id, feed_id, url, title, published_on, state, reason, article_key, import_run_id, outcome,
			first_seen_at, fetched_at""";

	private final JdbcClient jdbc;

	SourceItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds an address given by an admin, or makes a known one pending again; returns its
	 * id.
	 */
	public long addAddress(String url, String addedBy, Instant now) {
		return this.jdbc.sql("""
				insert into source_item (id, feed_id, url, state, added_by, first_seen_at)
				values (nextval('source_item_seq'), null, :url, 'PENDING', :by, :now)
				on conflict ((coalesce(feed_id, 0)), url) do update
				    set state = 'PENDING', reason = null, lease_until = null
				returning id""")
			.param("url", url)
			.param("by", addedBy)
			.param("now", at(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Records an entry of a feed: a new one is pending; a known one becomes pending again
	 * when the feed says it was updated since. Returns whether it is pending now.
	 */
	boolean addEntry(long feedId, String url, @Nullable String title, @Nullable LocalDate published,
			@Nullable Instant updated, String addedBy, Instant now) {
		return this.jdbc.sql("""
				insert into source_item (id, feed_id, url, title, published_on, entry_updated, state, added_by,
				                         first_seen_at)
				values (nextval('source_item_seq'), :feed, :url, :title, :published, :updated, 'PENDING', :by, :now)
				on conflict ((coalesce(feed_id, 0)), url) do update
				    set title = excluded.title, published_on = excluded.published_on,
				        entry_updated = excluded.entry_updated,
				        state = case when source_item.state <> 'PENDING' and excluded.entry_updated is not null
				                      and (source_item.entry_updated is null
				                           or excluded.entry_updated > source_item.entry_updated)
				                     then 'PENDING' else source_item.state end
				returning state""")
			.param("feed", feedId)
			.param("url", url)
			.param("title", title)
			.param("published", published)
			.param("updated", (updated != null) ? at(updated) : null)
			.param("by", addedBy)
			.param("now", at(now))
			.query(String.class)
			.single()
			.equals(ItemState.PENDING.name());
	}

	/** Records an entry that cannot be fetched at all, such as one with a bad link. */
	void addRefusedEntry(long feedId, String url, @Nullable String title, String reason, String addedBy, Instant now) {
		this.jdbc.sql("""
				insert into source_item (id, feed_id, url, title, state, reason, added_by, first_seen_at)
				values (nextval('source_item_seq'), :feed, :url, :title, 'REFUSED', :reason, :by, :now)
				on conflict ((coalesce(feed_id, 0)), url) do nothing""")
			.param("feed", feedId)
			.param("url", url)
			.param("title", title)
			.param("reason", reason)
			.param("by", addedBy)
			.param("now", at(now))
			.update();
	}

	/**
	 * Takes up to {@code max} pending items of a feed (or, with null, those added by
	 * hand) that no other instance holds, and holds them for the lease.
	 */
	public List<SourceItem> takePending(@Nullable Long feedId, int max, Duration lease, Instant now) {
		return this.jdbc.sql("""
				update source_item set lease_until = :until
				where id in (select id from source_item
				             where state = 'PENDING' and feed_id is not distinct from :feed
				               and (lease_until is null or lease_until < :now)
				             order by id limit :max
				             for update skip locked)
				returning\s""" + COLUMNS)
			.param("feed", feedId)
			.param("now", at(now))
			.param("until", at(now.plus(lease)))
			.param("max", max)
			.query(SourceItem.class)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(SourceItem::id))
			.toList();
	}

	/** Gives items back unprocessed, for the next instance or poll to take. */
	public void release(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update source_item set lease_until = null where id in (:ids)").param("ids", ids).update();
		}
	}

	/** Records what became of an item, and lets go of it. */
	void record(long id, ItemState state, @Nullable String reason, @Nullable String articleKey,
			@Nullable String bodyHash, @Nullable Long runId, @Nullable String outcome, Instant now) {
		this.jdbc.sql("""
				update source_item
				set state = :state, reason = :reason, article_key = :key, body_hash = :hash,
				    import_run_id = :run, outcome = :outcome, fetched_at = :now, lease_until = null
				where id = :id""")
			.param("id", id)
			.param("state", state.name())
			.param("reason", reason)
			.param("key", articleKey)
			.param("hash", bodyHash)
			.param("run", runId)
			.param("outcome", outcome)
			.param("now", at(now))
			.update();
	}

	/**
	 * The article an earlier fetch with exactly this body was imported as, if any: the
	 * same page under another address.
	 */
	@Transactional(readOnly = true)
	Optional<String> articleWithBody(String bodyHash) {
		return this.jdbc.sql("""
				select article_key from source_item
				where body_hash = :hash and state = 'IMPORTED' and article_key is not null
				order by id limit 1""").param("hash", bodyHash).query(String.class).optional();
	}

	/** The latest addresses added by hand, newest first. */
	@Transactional(readOnly = true)
	public List<SourceItem> addedByHand(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from source_item where feed_id is null order by id desc limit :n")
			.param("n", limit)
			.query(SourceItem.class)
			.list();
	}

	/** A feed's items, newest first. */
	@Transactional(readOnly = true)
	public List<SourceItem> ofFeed(long feedId, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from source_item where feed_id = :feed order by id desc limit :n")
			.param("feed", feedId)
			.param("n", limit)
			.query(SourceItem.class)
			.list();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
