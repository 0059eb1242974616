package org.newsline.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page for editors and admins.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

}
