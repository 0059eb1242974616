package org.newsline.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that always fails, so tests can see what a reader sees on a server error.
 */
@TestComponent
@Controller
public class FaultyPage {

	/** Text of the failure, which must never reach the reader. */
	public static final String SECRET = "internal-detail-7f3a";

	@GetMapping("/test-support/failure")
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
