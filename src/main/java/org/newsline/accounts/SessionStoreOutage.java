package org.newsline.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions are rows in the database, so while it is down a page that must keep something
 * in its session (the sign-in form's token) cannot be answered: that is the "briefly
 * unavailable" page with {@code Retry-After}, like any other page then, never a server
 * error. Runs outside Spring Session's filter, which saves the session as the answer goes
 * out.
 */
class SessionStoreOutage extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(SessionStoreOutage.class);

	private static final String PAGE = """
			<!doctype html>
			<html lang="en"><head><meta charset="utf-8"><title>Newsline is briefly unavailable</title>
			<link rel="stylesheet" href="/css/newsline.css"></head>
			<body><main><h1>Newsline is briefly unavailable</h1>
			<p>We could not reach our database; try again in a minute.</p>
			</main></body></html>
			""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Database unavailable: the session of {} {} could not be saved; answered 503",
					request.getMethod(), request.getRequestURI());
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			// written here, not by the error page, whose rendering would meet the same
			// unsaved session
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(PAGE);
		}
	}

}
