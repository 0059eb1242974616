package org.newsline.timeline.web;

import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.shared.TooManyRequestsException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-client token buckets (Bucket4j) on the reader side's expensive work: pages, feeds
 * and API answers rendered anew, and exports. It runs in the handler chain, so the page
 * cache's answers and 304 revalidations never reach it; signed-in users are not limited.
 * The buckets live in a size-bounded Caffeine cache keyed by the client's address, which
 * Tomcat takes from {@code X-Forwarded-For} only when a trusted proxy sent it.
 */
class ReaderRateLimits implements HandlerInterceptor {

	/** What a request costs: which of the limits it counts against. */
	enum Kind {

		PAGES, EXPORTS, API

	}

	private final RateLimitSettings settings;

	private final Cache<String, Bucket> buckets;

	ReaderRateLimits(RateLimitSettings settings) {
		this.settings = settings;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(settings.maxClients())
			.expireAfterAccess(settings.period())
			.build();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!anonymous()) {
			return true;
		}
		Kind kind = kind(request);
		int limit = limit(kind);
		if (limit == 0) {
			return true;
		}
		Bucket bucket = this.buckets.get(kind + " " + request.getRemoteAddr(), (key) -> bucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException(
					TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
		}
		return true;
	}

	/** Forgets every client's counts, for tests. */
	void forgetAll() {
		this.buckets.invalidateAll();
	}

	private Bucket bucket(int limit) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, this.settings.period()).build())
			.build();
	}

	private int limit(Kind kind) {
		return switch (kind) {
			case PAGES -> this.settings.pages();
			case EXPORTS -> this.settings.exports();
			case API -> this.settings.api();
		};
	}

	private static Kind kind(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/export/")) {
			return Kind.EXPORTS;
		}
		return path.startsWith("/api/") ? Kind.API : Kind.PAGES;
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

}
