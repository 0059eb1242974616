package org.newsline.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from
 * one address, each further attempt must wait a delay that doubles with every failure, up
 * to a quarter of an hour. Nothing is ever locked for good, and a success clears the
 * count.
 */
@Component
class LoginThrottle {

	static final int FREE_PER_ACCOUNT = 5;

	static final int FREE_PER_ADDRESS = 20;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private static final int MAX_ENTRIES = 50_000;

	private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How long the caller must still wait before this attempt may be checked; zero when
	 * it may.
	 */
	Duration wait(@Nullable String username, String address) {
		Instant now = Instant.now(this.clock);
		Duration account = remaining(this.byAccount.get(key(username)), FREE_PER_ACCOUNT, now);
		Duration ip = remaining(this.byAddress.get(address), FREE_PER_ADDRESS, now);
		return (account.compareTo(ip) >= 0) ? account : ip;
	}

	void failed(@Nullable String username, String address) {
		Instant now = Instant.now(this.clock);
		prune(now);
		this.byAccount.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
		this.byAddress.merge(address, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
	}

	void succeeded(String username, String address) {
		this.byAccount.remove(key(username));
		this.byAddress.remove(address);
	}

	void forgetAll() {
		this.byAccount.clear();
		this.byAddress.clear();
	}

	static Duration delay(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private static Duration remaining(@Nullable Failures failures, int free, Instant now) {
		if (failures == null) {
			return Duration.ZERO;
		}
		Instant allowed = failures.last().plus(delay(failures.count(), free));
		return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
	}

	private void prune(Instant now) {
		if (this.byAccount.size() + this.byAddress.size() > MAX_ENTRIES) {
			Instant cutoff = now.minus(FORGET_AFTER);
			this.byAccount.values().removeIf((f) -> f.last().isBefore(cutoff));
			this.byAddress.values().removeIf((f) -> f.last().isBefore(cutoff));
		}
	}

	private static String key(@Nullable String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private record Failures(int count, Instant last) {
	}

}
