package org.newsline.sources;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ImportAlreadyRunningException;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.sources.feed.FeedReader;
import org.newsline.sources.fetch.Expect;
import org.newsline.sources.fetch.FetchRefused;
import org.newsline.sources.fetch.Fetched;
import org.newsline.sources.fetch.Validators;
import org.newsline.sources.fetch.WebAddresses;
import org.newsline.sources.fetch.WebFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls feeds: reads each due feed (conditionally, so an unchanged feed costs a 304),
 * records its entries, and imports the new ones. Several instances may poll one database:
 * each takes a feed under a lease in {@code source_feed}, so one feed is polled by one
 * instance at a time, and a feed held by an instance that died is free again when its
 * lease runs out. A failing feed waits twice as long after each failure, up to a day, and
 * shows its last error.
 */
@Component
public class FeedPoller implements DisposableBean {

	static final Duration LEASE = Duration.ofMinutes(30);

	/** The longest a failing feed waits. */
	static final Duration MAX_BACKOFF = Duration.ofDays(1);

	/** How long a feed waits when another import holds the import lock. */
	static final Duration BUSY_WAIT = Duration.ofMinutes(1);

	private static final int MAX_BATCHES = 20;

	private static final Logger logger = LoggerFactory.getLogger(FeedPoller.class);

	private final WebFetcher fetcher;

	private final Feeds feeds;

	private final SourceItems items;

	private final WebImport web;

	private final SourcesSettings settings;

	private final Clock clock;

	private final String holder = "instance-" + UUID.randomUUID();

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "sources");
		thread.setDaemon(true);
		return thread;
	});

	FeedPoller(WebFetcher fetcher, Feeds feeds, SourceItems items, WebImport web, SourcesSettings settings,
			Clock clock) {
		this.fetcher = fetcher;
		this.feeds = feeds;
		this.items = items;
		this.web = web;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${newsline.sources.tick:30s}", initialDelayString = "${newsline.sources.tick:30s}")
	void tick() {
		if (!this.settings.polling()) {
			return;
		}
		try {
			pollDue();
			this.web.importPending("sources");
		}
		catch (ImportAlreadyRunningException ex) {
			// the next tick tries again
		}
		catch (RuntimeException ex) {
			logger.warn("Polling web sources failed", ex);
		}
	}

	/**
	 * Polls every feed that is due and that no other instance holds; returns how many.
	 */
	public int pollDue() {
		int polled = 0;
		for (Optional<Feed> due = this.feeds.takeDue(this.holder, LEASE, this.clock.instant()); due
			.isPresent(); due = this.feeds.takeDue(this.holder, LEASE, this.clock.instant())) {
			poll(due.get());
			polled++;
		}
		return polled;
	}

	/**
	 * Polls one feed now, due or not; empty when another instance is polling it.
	 */
	public Optional<Poll> pollNow(long feedId) {
		return this.feeds.take(feedId, this.holder, LEASE, this.clock.instant()).map(this::poll);
	}

	/** Polls one feed in the background, soon. */
	public void pollSoon(long feedId) {
		this.background.execute(() -> {
			try {
				pollNow(feedId);
			}
			catch (RuntimeException ex) {
				logger.warn("Polling feed {} failed", feedId, ex);
			}
		});
	}

	/** Imports the addresses added by hand in the background, soon. */
	public void importPendingSoon(String startedBy) {
		this.background.execute(() -> {
			try {
				this.web.importPending(startedBy);
			}
			catch (ImportAlreadyRunningException ex) {
				logger.info("Addresses wait: another import is running");
			}
			catch (RuntimeException ex) {
				logger.warn("Importing addresses failed", ex);
			}
		});
	}

	private Poll poll(Feed feed) {
		Instant now = this.clock.instant();
		try {
			Fetched fetched = this.fetcher.fetch(WebAddresses.parse(feed.url()), Expect.FEED,
					new Validators(feed.etag(), feed.lastModified()));
			String title = feed.title();
			int entries = 0;
			if (!fetched.notModified()) {
				FeedReader.FeedContent content = FeedReader.read(fetched.body());
				title = (content.title() != null) ? content.title() : title;
				entries = record(feed, fetched.url(), content, now);
			}
			List<WebImport.Result> imports = new ArrayList<>();
			boolean busy = importItems(feed.id(), title, imports);
			Validators validators = fetched.notModified()
					? new Validators(firstNonNull(fetched.validators().etag(), feed.etag()),
							firstNonNull(fetched.validators().lastModified(), feed.lastModified()))
					: fetched.validators();
			Instant next = busy ? now.plus(BUSY_WAIT) : now.plus(Duration.ofMinutes(feed.pollMinutes()));
			this.feeds.succeeded(feed.id(), this.holder, title, validators, next, this.clock.instant());
			return new Poll(feed.id(), fetched.notModified(), entries, imports, null);
		}
		catch (FetchRefused | FeedReader.UnreadableFeed ex) {
			return failed(feed, ex.getMessage(), now);
		}
		catch (RuntimeException ex) {
			logger.warn("Polling feed {} failed", feed.id(), ex);
			return failed(feed, "the poll failed (" + ex.getClass().getSimpleName() + ")", now);
		}
	}

	private Poll failed(Feed feed, String error, Instant now) {
		Instant next = now.plus(backoff(feed.pollMinutes(), feed.failures() + 1));
		this.feeds.failed(feed.id(), this.holder, error, next, now);
		return new Poll(feed.id(), false, 0, List.of(), error);
	}

	/**
	 * The wait after {@code failures} failed polls in a row: the interval doubled for
	 * each, up to a day.
	 */
	static Duration backoff(int pollMinutes, int failures) {
		long minutes = (long) pollMinutes << Math.min(failures, 20);
		return Duration.ofMinutes(Math.min(minutes, MAX_BACKOFF.toMinutes()));
	}

	private int record(Feed feed, URI base, FeedReader.FeedContent content, Instant now) {
		int pending = 0;
		for (FeedReader.Entry entry : content.entries()) {
			if (entry.link() == null) {
				continue;
			}
			try {
				String url = WebImport.stored(WebAddresses.resolve(base, entry.link()).toString());
				if (this.items.addEntry(feed.id(), url, entry.title(), entry.published(), entry.updated(),
						feed.addedBy(), now)) {
					pending++;
				}
			}
			catch (FetchRefused ex) {
				this.items.addRefusedEntry(feed.id(), WebAddresses.shown(entry.link()), entry.title(), ex.getMessage(),
						feed.addedBy(), now);
			}
		}
		return pending;
	}

	/** Imports a feed's waiting items; returns whether another import held the lock. */
	private boolean importItems(long feedId, @Nullable String outlet, List<WebImport.Result> imports) {
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<SourceItem> pending = this.items.takePending(feedId, WebImport.MAX_ADDRESSES, WebImport.LEASE,
					this.clock.instant());
			if (pending.isEmpty()) {
				return false;
			}
			try {
				imports.add(this.web.process(pending.stream()
					.map((item) -> new Candidate(item.id(), item.url(), item.title(), item.publishedOn(), outlet))
					.toList(), Trigger.FEED, "feed:" + feedId));
			}
			catch (ImportAlreadyRunningException ex) {
				this.items.release(pending.stream().map(SourceItem::id).toList());
				return true;
			}
			catch (RuntimeException ex) {
				this.items.release(pending.stream().map(SourceItem::id).toList());
				throw ex;
			}
		}
		return false;
	}

	private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second) {
		return (first != null) ? first : second;
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

	/**
	 * What one poll did: whether the feed was unchanged (304), how many entries became
	 * pending, the imports of its items, and the error when it failed.
	 */
	public record Poll(long feedId, boolean notModified, int newEntries, List<WebImport.Result> imports,
			@Nullable String error) {

		/** How many of the feed's items this poll imported (created or updated). */
		public long created() {
			return this.imports.stream()
				.filter((result) -> result.report() != null)
				.mapToLong((result) -> result.report().counts().created())
				.sum();
		}

	}

}
