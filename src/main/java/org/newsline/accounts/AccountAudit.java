package org.newsline.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes one line per security event to the {@code newsline.audit} log: sign-ins, failed
 * and throttled sign-ins, sign-outs, password changes and every account an admin creates,
 * resets, disables or enables. Lines name who and from where, never a password; names
 * typed by strangers are cut short and stripped of control characters.
 */
@Component
public class AccountAudit {

	private static final Logger audit = LoggerFactory.getLogger("newsline.audit");

	void signedIn(String username, String address) {
		audit.info("sign-in user={} address={}", clean(username), clean(address));
	}

	void signInFailed(String username, String address, String reason) {
		audit.warn("sign-in-failed user={} address={} reason={}", clean(username), clean(address), reason);
	}

	void signedOut(String username) {
		audit.info("sign-out user={}", clean(username));
	}

	void sessionEnded(String username, String reason) {
		audit.info("session-ended user={} reason={}", clean(username), reason);
	}

	void passwordChanged(String username, int otherSessionsEnded) {
		audit.info("password-changed user={} other-sessions-ended={}", clean(username), otherSessionsEnded);
	}

	void accountCreated(String username, Role role) {
		audit.info("account-created user={} role={} by={}", clean(username), role, actor());
	}

	void passwordReset(String username) {
		audit.info("password-reset user={} by={}", clean(username), actor());
	}

	void accountEnabled(String username, boolean enabled) {
		audit.info("{} user={} by={}", enabled ? "account-enabled" : "account-disabled", clean(username), actor());
	}

	/** Who acts: the signed-in user, or the system at startup. */
	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken) ? "system"
				: clean(authentication.getName());
	}

	/**
	 * At most 64 printable characters, so a forged value can neither flood nor split a
	 * line.
	 */
	static String clean(String value) {
		StringBuilder cleaned = new StringBuilder();
		value.codePoints()
			.limit(LoginThrottle.MAX_USERNAME_LENGTH)
			.forEach((c) -> cleaned.appendCodePoint(
					(Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT)
							? '_' : c));
		return (value.codePointCount(0, value.length()) > LoginThrottle.MAX_USERNAME_LENGTH) ? cleaned + "…"
				: cleaned.toString();
	}

}
