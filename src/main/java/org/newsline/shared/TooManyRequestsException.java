package org.newsline.shared;

/**
 * A client asked for more work than its rate limit allows; answered with 429 and
 * {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyRequestsException(long retryAfterSeconds) {
		super("Rate limit reached; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** How long the client should wait before it asks again, in whole seconds. */
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
