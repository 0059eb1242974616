package org.newsline.accounts.web;

import java.security.Principal;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.newsline.accounts.AccountRefused;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage accounts: create editors and admins, disable and enable them, and reset a
 * password. Generated passwords are shown once, on the page right after.
 */
@Controller
class UserAdminController {

	private final AccountService accounts;

	UserAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String users(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewUserForm.blank());
		}
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AccountService.IssuedPassword issued = this.accounts
					.issue(Objects.requireNonNull(form.username()).strip(), Objects.requireNonNull(form.role()));
				redirect.addFlashAttribute("issued", issued);
				redirect.addFlashAttribute("message", "Account " + issued.username() + " created.");
				return "redirect:/admin/users";
			}
			catch (AccountRefused refusal) {
				result.rejectValue(refusal.getField(), "refused", Objects.requireNonNull(refusal.getMessage()));
			}
		}
		return users(model, response);
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Principal principal,
			RedirectAttributes redirect) {
		try {
			var account = this.accounts.setEnabled(id, enabled, principal.getName());
			redirect.addFlashAttribute("message",
					"Account " + account.getUsername() + (enabled ? " enabled." : " disabled."));
		}
		catch (AccountRefused refusal) {
			redirect.addFlashAttribute("error", refusal.getMessage());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		AccountService.IssuedPassword issued = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("issued", issued);
		redirect.addFlashAttribute("message", "New password for " + issued.username() + ".");
		return "redirect:/admin/users";
	}

}
