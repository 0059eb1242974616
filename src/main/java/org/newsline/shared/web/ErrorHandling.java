package org.newsline.shared.web;

import java.net.URI;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.shared.DatabaseOutage;
import org.newsline.shared.MovedException;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain exceptions once: a missing thing is a 404 page (or a problem document under
 * {@code /api}), a stale edit is a 409 conflict page, an unreachable database is a 503
 * "briefly unavailable" page with {@code Retry-After}. Messages shown are our own, never
 * an exception's.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(ErrorHandling.class);

	private final DataSource dataSource;

	ErrorHandling(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The one place an old address (a merged or former slug) answers 301. */
	@ExceptionHandler(MovedException.class)
	ResponseEntity<Void> moved(MovedException ex) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(ex.getLocation())).build();
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		if (isApi(request)) {
			return problem(HttpStatus.NOT_FOUND, "Not found", ex.getWhat() + " not found");
		}
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("what", ex.getWhat());
		return page;
	}

	/**
	 * A stale version, a lock conflict or a deadlock: someone else changed the record at
	 * the same time, which the editor resolves by reloading, never a server error.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	Object conflict(ConcurrencyFailureException ex, HttpServletRequest request) {
		if (isApi(request)) {
			return problem(HttpStatus.CONFLICT, "Conflict",
					"Someone else changed this record; reload it and apply your change again");
		}
		ModelAndView page = new ModelAndView("error/409");
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/**
	 * A client over its rate limit: told when to come back, as a problem document under
	 * {@code /api} or to machines, as a page to people.
	 */
	@ExceptionHandler(TooManyRequestsException.class)
	Object tooManyRequests(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.getRetryAfterSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (isApi(request) || !acceptsHtml(request)) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"Too many requests from your address; try again in " + ex.getRetryAfterSeconds() + " seconds");
		}
		ModelAndView page = new ModelAndView("error/429");
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("retryAfter", ex.getRetryAfterSeconds());
		page.addObject("viewer", LayoutAttributes.current());
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge() {
		ModelAndView page = new ModelAndView("error/413");
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

	/**
	 * A lost or refused database connection is an outage readers should wait out, not a
	 * server error; any other data access failure goes on to the generic 5xx page.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	Object databaseUnavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!DatabaseOutage.isCauseOf(ex, this.dataSource)) {
			throw ex;
		}
		logger.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
				rootCause(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		// reader pages are otherwise public for a minute: an outage page is never kept
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (isApi(request) || !acceptsHtml(request)) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"Newsline is briefly unavailable; try again in a minute");
		}
		ModelAndView page = new ModelAndView("error/503");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("viewer", LayoutAttributes.current());
		return page;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

	private static String rootCause(Throwable ex) {
		Throwable root = ex;
		for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch((type) -> type.includes(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
