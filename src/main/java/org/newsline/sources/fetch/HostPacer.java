package org.newsline.sources.fetch;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Politeness towards each host: one request at a time, and a pause between one request's
 * end and the next one's start. Kept per instance; hosts idle for an hour are forgotten.
 */
final class HostPacer {

	private static final Duration MAX_WAIT = Duration.ofMinutes(2);

	private final Cache<String, Slot> slots = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	/** Runs the request once the host is free and its pause is over. */
	<T> T paced(String host, Duration pause, Request<T> request) throws FetchRefused {
		Slot slot = this.slots.get(host, (key) -> new Slot());
		try {
			if (!slot.turn.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new FetchRefused("not fetched: " + host + " stayed busy with other requests for "
						+ MAX_WAIT.toMinutes() + " minutes; it is tried again later");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchRefused("not fetched: the fetch was interrupted");
		}
		try {
			long wait = slot.lastEnd + pause.toNanos() - System.nanoTime();
			if (slot.used && wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			return request.run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchRefused("not fetched: the fetch was interrupted");
		}
		finally {
			slot.lastEnd = System.nanoTime();
			slot.used = true;
			slot.turn.release();
		}
	}

	/** A request to one host. */
	@FunctionalInterface
	interface Request<T> {

		T run() throws FetchRefused;

	}

	private static final class Slot {

		final Semaphore turn = new Semaphore(1, true);

		volatile long lastEnd;

		volatile boolean used;

	}

}
