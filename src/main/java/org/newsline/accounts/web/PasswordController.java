package org.newsline.accounts.web;

import java.security.Principal;
import java.util.Objects;

import jakarta.validation.Valid;
import org.newsline.accounts.AccountRefused;
import org.newsline.accounts.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user changes their own password here, within the password policy.
 */
@Controller
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String page(Model model) {
		model.addAttribute("form", PasswordForm.blank());
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		form.checkRules(result);
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(principal.getName(), Objects.requireNonNull(form.current()),
						Objects.requireNonNull(form.password()));
				redirect.addFlashAttribute("message", "Your password is changed.");
				return "redirect:/account/password";
			}
			catch (AccountRefused refusal) {
				result.rejectValue(refusal.getField(), "refused", Objects.requireNonNull(refusal.getMessage()));
			}
		}
		return "accounts/password";
	}

}
