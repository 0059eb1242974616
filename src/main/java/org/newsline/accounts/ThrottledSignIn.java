package org.newsline.accounts;

import java.time.Duration;

import org.newsline.shared.DatabaseOutage;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password only when the throttle allows, inside authentication
 * itself: whatever path or encoding a sign-in arrives by, the same rule counts it. A
 * username longer than any account's is refused before it is looked up or remembered.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AccountAudit audit;

	ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle, AccountAudit audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = address(authentication);
		if (username.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
			this.throttle.failed(null, address);
			this.audit.signInFailed(username, address, "username-too-long");
			throw new BadCredentialsException("No such account");
		}
		Duration wait = throttleWait(username, address);
		if (!wait.isZero()) {
			this.audit.signInFailed(username, address, "throttled");
			throw new LoginThrottled(wait);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			this.audit.signedIn(username, address);
			return result;
		}
		catch (BadCredentialsException | DisabledException ex) {
			this.throttle.failed(username, address);
			this.audit.signInFailed(username, address,
					(ex instanceof DisabledException) ? "disabled" : "bad-credentials");
			throw ex;
		}
		catch (AuthenticationException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				this.throttle.failed(username, address);
				this.audit.signInFailed(username, address, "refused");
			}
			throw ex;
		}
	}

	/**
	 * The throttle's wait; when the database cannot tell it, the attempt ends as an
	 * outage, which the sign-in page answers with "briefly unavailable".
	 */
	private Duration throttleWait(String username, String address) {
		try {
			return this.throttle.wait(username, address);
		}
		catch (DataAccessException ex) {
			throw new InternalAuthenticationServiceException("The sign-in throttle cannot be read", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The client's address as the servlet container reports it: the connection's, or the
	 * one a trusted proxy forwarded.
	 */
	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

}
