package org.newsline.shared.web;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad requests to JSON endpoints with RFC 9457 problem documents; pages keep
 * their HTML error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

}
