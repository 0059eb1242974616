package org.newsline.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.newsline.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain exceptions once: a missing thing is a 404 page (or a problem document under
 * {@code /api}), a stale edit is a 409 conflict page. Messages shown are our own, never
 * an exception's.
 */
@ControllerAdvice
class ErrorHandling {

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getWhat() + " not found");
			problem.setTitle("Not found");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("what", ex.getWhat());
		return page;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	Object conflict(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"Someone else changed this record; reload it and apply your change again");
			problem.setTitle("Conflict");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		ModelAndView page = new ModelAndView("error/409");
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge() {
		ModelAndView page = new ModelAndView("error/413");
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
