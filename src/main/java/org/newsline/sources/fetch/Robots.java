package org.newsline.sources.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.jspecify.annotations.Nullable;

/**
 * Each host's robots.txt, read with crawler-commons for the agent {@value #AGENT} and
 * kept for a while. A robots.txt that is missing (4xx) allows everything; one the server
 * fails to give (5xx, or no answer) allows nothing until it can be read, as the Robots
 * Exclusion Protocol (RFC 9309) asks.
 */
final class Robots {

	/** The product token robots.txt rules are matched against. */
	static final String AGENT = "newsline";

	/** The most of a robots.txt read, as RFC 9309 allows a crawler to limit it. */
	static final int MAX_BYTES = 500 * 1024;

	private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

	private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

	private final Cache<String, Rules> rules;

	Robots(Duration cacheTime) {
		this.rules = Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(10_000).build();
	}

	/**
	 * Refuses the address when its host's robots.txt disallows it; reads that robots.txt
	 * through the reader given when it is not known yet.
	 */
	Rules rulesFor(URI url, Reader reader) {
		String origin = url.getScheme() + "://" + url.getRawAuthority();
		Rules known = this.rules.getIfPresent(origin);
		if (known != null) {
			return known;
		}
		Rules read = read(URI.create(origin + "/robots.txt"), reader);
		this.rules.put(origin, read);
		return read;
	}

	private Rules read(URI robots, Reader reader) {
		Reader.Answer answer = reader.read(robots);
		BaseRobotRules parsed;
		if (answer.failure() != null) {
			parsed = this.parser.failedFetch(500);
			return new Rules(parsed, "robots.txt could not be read (" + answer.failure() + ")");
		}
		if (answer.status() >= 200 && answer.status() < 300) {
			parsed = this.parser.parseContent(robots.toString(), answer.body(), "text/plain", List.of(AGENT));
		}
		else {
			parsed = this.parser.failedFetch(answer.status());
		}
		String why = (answer.status() >= 500) ? "robots.txt answered " + answer.status() : null;
		return new Rules(parsed, why);
	}

	/** The rules of one host. */
	record Rules(BaseRobotRules parsed, @Nullable String unavailable) {

		boolean allows(URI url) {
			return this.parsed.isAllowed(url.toString());
		}

		/** The pause the host asks for between requests, if it names one. */
		Duration crawlDelay(Duration otherwise) {
			long delay = this.parsed.getCrawlDelay();
			if (delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= otherwise.toMillis()) {
				return otherwise;
			}
			return Duration.ofMillis(Math.min(delay, MAX_CRAWL_DELAY.toMillis()));
		}

	}

	/** Reads a robots.txt: its status and body, or why it could not be had. */
	@FunctionalInterface
	interface Reader {

		Answer read(URI robots);

		/** What reading a robots.txt gave. */
		record Answer(int status, byte[] body, @Nullable String failure) {
		}

	}

}
