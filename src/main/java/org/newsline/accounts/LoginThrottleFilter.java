package org.newsline.accounts;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in attempt that comes before the throttle's delay is over, without
 * checking its password, so waiting is the only way to make guesses count.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.wait(request.getParameter("username"), request.getRemoteAddr());
		if (!wait.isZero()) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + Math.max(1, wait.toSeconds()));
			return;
		}
		chain.doFilter(request, response);
	}

}
