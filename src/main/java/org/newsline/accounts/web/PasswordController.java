package org.newsline.accounts.web;

import java.security.Principal;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;
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
	String page(Model model, HttpSession session) {
		model.addAttribute("form", PasswordForm.blank());
		model.addAttribute("required",
				Boolean.TRUE.equals(session.getAttribute(AccountService.PASSWORD_CHANGE_REQUIRED)));
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		form.checkRules(result);
		if (!result.hasErrors()) {
			try {
				boolean required = this.accounts.passwordChangeRequired(principal.getName());
				this.accounts.changeOwnPassword(principal.getName(), Objects.requireNonNull(form.current()),
						Objects.requireNonNull(form.password()), session.getId());
				session.removeAttribute(AccountService.PASSWORD_CHANGE_REQUIRED);
				if (required) {
					redirect.addFlashAttribute("message", "Your password is changed. Welcome to the desk.");
					return "redirect:/desk";
				}
				redirect.addFlashAttribute("message",
						"Your password is changed. Any other session signed in as you has ended.");
				return "redirect:/account/password";
			}
			catch (AccountRefused refusal) {
				result.rejectValue(refusal.getField(), "refused", Objects.requireNonNull(refusal.getMessage()));
			}
		}
		model.addAttribute("required",
				Boolean.TRUE.equals(session.getAttribute(AccountService.PASSWORD_CHANGE_REQUIRED)));
		return "accounts/password";
	}

}
