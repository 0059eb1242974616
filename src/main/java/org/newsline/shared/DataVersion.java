package org.newsline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A number that changes whenever readable data changes, kept in memory so that answering
 * a reader's revalidation (ETag, Last-Modified) needs no database query. Hibernate writes
 * bump it after commit; code that writes past Hibernate (bulk SQL, JDBC) calls
 * {@link #bump()}. Other instances on the same database learn of a change through
 * {@link #takeUnannounced()} and {@link #changedElsewhere()}.
 * <p>
 * A long run of writes, such as an import committing file after file, can
 * {@linkplain #grouping group} its changes: the version then moves on at most once every
 * {@link #GROUP_INTERVAL}, and once more when the run ends, so that readers' cached views
 * are rendered again every few seconds instead of after every file.
 */
@Component
public class DataVersion {

	/** How often a grouped run of writes moves the version on at most. */
	public static final Duration GROUP_INTERVAL = Duration.ofSeconds(10);

	private static final ThreadLocal<Boolean> GROUPED = new ThreadLocal<>();

	private final Clock clock;

	/** A change of a grouped run not yet shown in the version. */
	private final AtomicBoolean pending = new AtomicBoolean();

	/** When a grouped run last moved the version on, in {@link System#nanoTime()}. */
	private volatile long lastGroupedAdvance;

	private final AtomicReference<Stamp> stamp;

	private final AtomicBoolean unannounced = new AtomicBoolean();

	public DataVersion(Clock clock) {
		this.clock = clock;
		Instant now = now();
		// Starting from the start time gives every application start its own versions, so
		// a restart (with new templates, say) never answers 304 for a page cached before
		// it.
		this.stamp = new AtomicReference<>(new Stamp(now.toEpochMilli(), now));
	}

	/** Marks the data as changed by this instance. */
	public void bump() {
		if (Boolean.TRUE.equals(GROUPED.get())) {
			long now = System.nanoTime();
			if (now - this.lastGroupedAdvance < GROUP_INTERVAL.toNanos()) {
				this.pending.set(true);
				return;
			}
			this.lastGroupedAdvance = now;
		}
		this.pending.set(false);
		moveOn();
	}

	/**
	 * Runs the work with its changes grouped: the first moves the version on, later ones
	 * only once {@link #GROUP_INTERVAL} has passed since, and whatever is left when the
	 * work ends (or fails) moves it on then.
	 */
	public <T> T grouping(Supplier<T> work) {
		if (Boolean.TRUE.equals(GROUPED.get())) {
			return work.get();
		}
		GROUPED.set(true);
		this.lastGroupedAdvance = System.nanoTime() - GROUP_INTERVAL.toNanos();
		try {
			return work.get();
		}
		finally {
			GROUPED.remove();
			if (this.pending.getAndSet(false)) {
				moveOn();
			}
		}
	}

	/**
	 * Marks the data as changed by another instance, or possibly changed while this one
	 * could not hear of it.
	 */
	public void changedElsewhere() {
		advance();
	}

	/**
	 * Whether this instance changed the data since the last call, for telling other
	 * instances; clears the mark.
	 */
	public boolean takeUnannounced() {
		return this.unannounced.getAndSet(false);
	}

	/** Moves the version on for a change of this instance, to be announced to others. */
	private void moveOn() {
		advance();
		this.unannounced.set(true);
	}

	private void advance() {
		Instant now = now();
		this.stamp.updateAndGet(
				(old) -> new Stamp(old.version() + 1, now.isAfter(old.lastModified()) ? now : old.lastModified()));
	}

	/** The current version; equal versions mean equal data. */
	public long current() {
		return this.stamp.get().version();
	}

	/** When the data last changed, to the second, for {@code Last-Modified}. */
	public Instant lastModified() {
		return this.stamp.get().lastModified();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private record Stamp(long version, Instant lastModified) {
	}

}
