package org.newsline.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * A number that changes whenever readable data changes, kept in memory so that answering
 * a reader's revalidation (ETag, Last-Modified) needs no database query. Hibernate writes
 * bump it after commit; code that writes past Hibernate (bulk SQL, JDBC) calls
 * {@link #bump()}. Other instances on the same database learn of a change through
 * {@link #takeUnannounced()} and {@link #changedElsewhere()}.
 */
@Component
public class DataVersion {

	private final Clock clock;

	private final AtomicReference<Stamp> stamp;

	private final AtomicBoolean unannounced = new AtomicBoolean();

	public DataVersion(Clock clock) {
		this.clock = clock;
		Instant now = now();
		// Starting from the start time gives every application start its own versions, so
		// a
		// restart (with new templates, say) never answers 304 for a page cached before
		// it.
		this.stamp = new AtomicReference<>(new Stamp(now.toEpochMilli(), now));
	}

	/** Marks the data as changed by this instance. */
	public void bump() {
		advance();
		this.unannounced.set(true);
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
