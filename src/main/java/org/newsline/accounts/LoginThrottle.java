package org.newsline.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from
 * one address, each further attempt must wait a delay that doubles with every failure, up
 * to a quarter of an hour. Nothing is ever locked for good. A success clears that
 * account's count only, never the address's, so signing in to one's own account does not
 * buy more guesses at others. The counts live in two size-bounded caches and are
 * forgotten a day after the last failure; usernames longer than any account's are never
 * kept.
 */
@Component
class LoginThrottle {

	static final int FREE_PER_ACCOUNT = 5;

	static final int FREE_PER_ADDRESS = 20;

	/** No account's username is longer; a longer one is refused before it is counted. */
	static final int MAX_USERNAME_LENGTH = 64;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final Cache<String, Failures> byAccount;

	private final Cache<String, Failures> byAddress;

	private final Clock clock;

	LoginThrottle(Clock clock, AccountsSettings settings) {
		this.clock = clock;
		this.byAccount = cache(settings.trackedSignInFailures());
		this.byAddress = cache(settings.trackedSignInFailures());
	}

	private static Cache<String, Failures> cache(int size) {
		return Caffeine.newBuilder().maximumSize(size).expireAfterWrite(FORGET_AFTER).build();
	}

	/**
	 * How long the caller must still wait before this attempt may be checked; zero when
	 * it may.
	 */
	Duration wait(@Nullable String username, String address) {
		Instant now = Instant.now(this.clock);
		String account = key(username);
		Duration byAccount = (account != null) ? remaining(this.byAccount.getIfPresent(account), FREE_PER_ACCOUNT, now)
				: Duration.ZERO;
		Duration byAddress = remaining(this.byAddress.getIfPresent(address), FREE_PER_ADDRESS, now);
		return (byAccount.compareTo(byAddress) >= 0) ? byAccount : byAddress;
	}

	/**
	 * Counts a failed attempt against the address and, unless the username is longer than
	 * any account's, against the account.
	 */
	void failed(@Nullable String username, String address) {
		Instant now = Instant.now(this.clock);
		String account = key(username);
		if (account != null) {
			count(this.byAccount, account, now);
		}
		count(this.byAddress, address, now);
	}

	/** Clears the account's failures; the address keeps its count. */
	void succeeded(String username) {
		String account = key(username);
		if (account != null) {
			this.byAccount.invalidate(account);
		}
	}

	void forgetAll() {
		this.byAccount.invalidateAll();
		this.byAddress.invalidateAll();
	}

	/** The usernames whose failures are counted now, for tests and diagnostics. */
	java.util.Set<String> trackedAccounts() {
		this.byAccount.cleanUp();
		return java.util.Set.copyOf(this.byAccount.asMap().keySet());
	}

	static Duration delay(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private static void count(Cache<String, Failures> cache, String key, Instant now) {
		cache.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
	}

	private static Duration remaining(@Nullable Failures failures, int free, Instant now) {
		if (failures == null) {
			return Duration.ZERO;
		}
		Instant allowed = failures.last().plus(delay(failures.count(), free));
		return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
	}

	/** The account's key, or null for a username no account can have. */
	private static @Nullable String key(@Nullable String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_USERNAME_LENGTH) ? null : key;
	}

	private record Failures(int count, Instant last) {
	}

}
