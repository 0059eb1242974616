package org.newsline.timeline.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.newsline.shared.DataVersion;
import org.newsline.timeline.model.TimelineFilter;

import org.springframework.stereotype.Component;

/**
 * Remembers what a filter adds up to (its count, facets and density strip) until the data
 * changes. These sums scan every event the filter finds, so on a large timeline they cost
 * far more than the page itself; they depend only on the filter and the data, never on
 * the page shown, so the data version is a safe key. Sums of an older version are dropped
 * as soon as one of a newer version is kept.
 */
@Component
public class Aggregates {

	static final int CAPACITY = 512;

	private final DataVersion version;

	private final Map<Key, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
			return size() > CAPACITY;
		}

	};

	/** The newest data version an entry was computed for. */
	private long newest = Long.MIN_VALUE;

	Aggregates(DataVersion version) {
		this.version = version;
	}

	@SuppressWarnings("unchecked")
	public <T> T get(String kind, TimelineFilter filter, Supplier<T> compute) {
		Key key = new Key(kind, filter.withoutPosition(), this.version.current());
		synchronized (this.entries) {
			Object cached = this.entries.get(key);
			if (cached != null) {
				return (T) cached;
			}
		}
		T computed = compute.get();
		synchronized (this.entries) {
			if (key.version() > this.newest) {
				// sums of older data are never asked for again
				this.newest = key.version();
				this.entries.keySet().removeIf((old) -> old.version() < key.version());
			}
			if (key.version() == this.newest) {
				this.entries.put(key, computed);
			}
		}
		return computed;
	}

	private record Key(String kind, TimelineFilter filter, long version) {
	}

}
