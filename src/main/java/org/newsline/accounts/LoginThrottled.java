package org.newsline.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt came before the throttle's delay was over; its password was not
 * checked.
 */
class LoginThrottled extends AuthenticationException {

	private final Duration wait;

	LoginThrottled(Duration wait) {
		super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	Duration getWait() {
		return this.wait;
	}

}
