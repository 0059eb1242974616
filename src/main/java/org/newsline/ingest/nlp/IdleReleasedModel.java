package org.newsline.ingest.nlp;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A large model built on first use, shared by every caller, and dropped again once nobody
 * has used it for a while, so that a server that imports now and then does not keep a
 * gigabyte of language models between imports. A caller in the middle of a use never
 * loses the model under it: a release waits for no one and skips while the model is in
 * use.
 *
 * @param <T> the model
 */
final class IdleReleasedModel<T> {

	private final Supplier<T> loader;

	private final Consumer<T> unloader;

	private final LongSupplier nanoClock;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private volatile @Nullable T model;

	private volatile long lastUsed;

	/**
	 * @param loader builds the model
	 * @param unloader lets go of whatever else holds on to a dropped model (such as a
	 * library's own cache)
	 */
	IdleReleasedModel(Supplier<T> loader, Consumer<T> unloader) {
		this(loader, unloader, System::nanoTime);
	}

	IdleReleasedModel(Supplier<T> loader, Consumer<T> unloader, LongSupplier nanoClock) {
		this.loader = loader;
		this.unloader = unloader;
		this.nanoClock = nanoClock;
		this.lastUsed = nanoClock.getAsLong();
	}

	/** Runs the work with the model, loading it first when it is not in memory. */
	<R> R use(Function<T, R> work) {
		this.lock.readLock().lock();
		try {
			return work.apply(loaded());
		}
		finally {
			this.lastUsed = this.nanoClock.getAsLong();
			this.lock.readLock().unlock();
		}
	}

	private T loaded() {
		T result = this.model;
		if (result == null) {
			synchronized (this) {
				result = this.model;
				if (result == null) {
					result = this.loader.get();
					this.model = result;
				}
			}
		}
		return result;
	}

	boolean isLoaded() {
		return this.model != null;
	}

	/**
	 * Drops the model when it is loaded, not in use, and was last used at least
	 * {@code idle} ago; returns whether it did.
	 */
	boolean releaseIfIdleFor(Duration idle) {
		if (this.model == null || !this.lock.writeLock().tryLock()) {
			return false;
		}
		try {
			T dropped = this.model;
			if (dropped == null || this.nanoClock.getAsLong() - this.lastUsed < idle.toNanos()) {
				return false;
			}
			synchronized (this) {
				this.model = null;
			}
			this.unloader.accept(dropped);
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
