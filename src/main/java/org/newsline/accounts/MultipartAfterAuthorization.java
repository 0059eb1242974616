package org.newsline.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart request that the route's security rules would refuse, before the
 * CSRF check reads its body looking for the token: without it an anonymous 55 MB post to
 * the upload route is read to the end before its 403. It asks the same authorization
 * rules the chain ends with, so nothing is decided twice in different words.
 */
class MultipartAfterAuthorization extends OncePerRequestFilter {

	private @Nullable AuthorizationManager<HttpServletRequest> rules;

	/** The chain's own authorization rules, known once the chain is built. */
	void use(AuthorizationManager<HttpServletRequest> rules) {
		this.rules = rules;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AuthorizationManager<HttpServletRequest> rules = this.rules;
		if (rules == null) {
			throw new IllegalStateException("The authorization rules are not set");
		}
		AuthorizationResult result = rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(),
				request);
		if (result == null || !result.isGranted()) {
			// Answered here, not through the error page, whose dispatch would read the
			// body after all; Tomcat then drops at most server.tomcat.max-swallow-size of
			// it.
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("Sign in with an account that may post here.\n");
			return;
		}
		chain.doFilter(request, response);
	}

}
