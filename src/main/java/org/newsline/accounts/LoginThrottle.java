package org.newsline.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from
 * one address, each further attempt must wait a delay that doubles with every failure, up
 * to a quarter of an hour. Nothing is ever locked for good. A success clears that
 * account's count only, never the address's, so signing in to one's own account does not
 * buy more guesses at others. The counts live in the database, so every web node sees the
 * same ones and a restart forgets none; they are forgotten a day after the last failure,
 * at most the configured number of accounts and of addresses are kept (the least recent
 * go first), and usernames longer than any account's are never kept.
 */
@Component
class LoginThrottle {

	static final int FREE_PER_ACCOUNT = 5;

	static final int FREE_PER_ADDRESS = 20;

	/** No account's username is longer; a longer one is refused before it is counted. */
	static final int MAX_USERNAME_LENGTH = 64;

	/** No address is longer (an IPv6 address with a zone); a longer key is cut. */
	private static final int MAX_ADDRESS_LENGTH = 100;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int tracked;

	LoginThrottle(JdbcClient jdbc, Clock clock, AccountsSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tracked = settings.trackedSignInFailures();
	}

	/**
	 * How long the caller must still wait before this attempt may be checked; zero when
	 * it may.
	 */
	Duration wait(@Nullable String username, String address) {
		Instant now = Instant.now(this.clock);
		String account = key(username);
		Duration byAccount = (account != null) ? remaining(failures(Kind.ACCOUNT, account, now), FREE_PER_ACCOUNT, now)
				: Duration.ZERO;
		Duration byAddress = remaining(failures(Kind.ADDRESS, address(address), now), FREE_PER_ADDRESS, now);
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
			count(Kind.ACCOUNT, account, now);
		}
		count(Kind.ADDRESS, address(address), now);
		sweep(now);
	}

	/** Clears the account's failures; the address keeps its count. */
	void succeeded(String username) {
		String account = key(username);
		if (account != null) {
			this.jdbc.sql("delete from sign_in_failure where kind = 'ACCOUNT' and key = :key")
				.param("key", account)
				.update();
		}
	}

	void forgetAll() {
		this.jdbc.sql("delete from sign_in_failure").update();
	}

	/** The usernames whose failures are counted now, for tests and diagnostics. */
	Set<String> trackedAccounts() {
		Instant since = Instant.now(this.clock).minus(FORGET_AFTER);
		List<String> keys = this.jdbc
			.sql("select key from sign_in_failure where kind = 'ACCOUNT' and last_failure >= :since")
			.param("since", Timestamp.from(since))
			.query(String.class)
			.list();
		return Set.copyOf(keys);
	}

	static Duration delay(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private Optional<Failures> failures(Kind kind, String key, Instant now) {
		return this.jdbc.sql("""
				select failures, last_failure from sign_in_failure
				where kind = :kind and key = :key and last_failure >= :since""")
			.param("kind", kind.name())
			.param("key", key)
			.param("since", Timestamp.from(now.minus(FORGET_AFTER)))
			.query((rs, row) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/** One more failure; a count whose last failure is forgotten starts again at one. */
	private void count(Kind kind, String key, Instant now) {
		this.jdbc.sql("""
				insert into sign_in_failure (kind, key, failures, last_failure) values (:kind, :key, 1, :now)
				on conflict (kind, key) do update set
				    failures = case when sign_in_failure.last_failure < :since then 1
				                    else sign_in_failure.failures + 1 end,
				    last_failure = greatest(sign_in_failure.last_failure, excluded.last_failure)""")
			.param("kind", kind.name())
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(FORGET_AFTER)))
			.update();
	}

	/**
	 * Drops the counts a day past their last failure and, of each kind, all but the most
	 * recent ones within the bound. Another node sweeping at the same moment may win a
	 * lock first; the next failure sweeps again, so losing that race is harmless.
	 */
	private void sweep(Instant now) {
		try {
			this.jdbc.sql("""
					delete from sign_in_failure where last_failure < :since
					   or (kind, key) in (select kind, key from sign_in_failure where kind = 'ACCOUNT'
					                      order by last_failure desc offset :tracked)
					   or (kind, key) in (select kind, key from sign_in_failure where kind = 'ADDRESS'
					                      order by last_failure desc offset :tracked)""")
				.param("since", Timestamp.from(now.minus(FORGET_AFTER)))
				.param("tracked", this.tracked)
				.update();
		}
		catch (DataAccessException ex) {
			logger.debug("Sweeping failed sign-ins waits for the next failure", ex);
		}
	}

	private static Duration remaining(Optional<Failures> failures, int free, Instant now) {
		if (failures.isEmpty()) {
			return Duration.ZERO;
		}
		Instant allowed = failures.get().last().plus(delay(failures.get().count(), free));
		return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
	}

	/** The account's key, or null for a username no account can have. */
	private static @Nullable String key(@Nullable String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_USERNAME_LENGTH) ? null : key;
	}

	private static String address(String address) {
		return (address.length() > MAX_ADDRESS_LENGTH) ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
	}

	private enum Kind {

		ACCOUNT, ADDRESS

	}

	private record Failures(int count, Instant last) {

	}

}
