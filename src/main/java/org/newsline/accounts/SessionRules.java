package org.newsline.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules of a signed-in session beyond its idle timeout: it ends once its absolute
 * lifetime is over, however busy it was, and while its owner signs in with a generated
 * password every page but the password form leads to that form.
 */
class SessionRules extends OncePerRequestFilter {

	/** When the session's user signed in, an {@link Instant}. */
	static final String SIGNED_IN_AT = "newsline.signedInAt";

	/** Set while the user must replace a generated password before anything else. */
	static final String PASSWORD_CHANGE_REQUIRED = "newsline.passwordChangeRequired";

	static final String PASSWORD_PAGE = "/account/password";

	private final Duration lifetime;

	private final Clock clock;

	private final AccountAudit audit;

	SessionRules(Duration lifetime, Clock clock, AccountAudit audit) {
		this.lifetime = lifetime;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
					&& Instant.now(this.clock).isAfter(signedIn.plus(this.lifetime))) {
				String user = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "unknown";
				session.invalidate();
				SecurityContextHolder.clearContext();
				this.audit.sessionEnded(user, "lifetime-over");
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_CHANGE_REQUIRED)) && !allowedFirst(request)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * What a user with a generated password may still reach: the form, styles, errors.
	 */
	private static boolean allowedFirst(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/error") || path.equals("/favicon.ico");
	}

}
