package org.newsline.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A change of one's own password: the current one, the new one and its confirmation.
 */
record PasswordForm(
		@NotBlank(message = "Give your current password") @Size(max = 128,
				message = "At most 128 characters") @Nullable String current,
		@NotBlank(message = "Choose a new password") @Size(max = 128,
				message = "At most 128 characters") @Nullable String password,
		@Nullable String confirmation) {

	static PasswordForm blank() {
		return new PasswordForm("", "", "");
	}

	void checkRules(Errors errors) {
		if (this.password != null && !this.password.equals(this.confirmation)) {
			errors.rejectValue("confirmation", "password.mismatch", "The two new passwords differ");
		}
	}

	/** The form as shown again: passwords are never sent back to the browser. */
	PasswordForm emptied() {
		return blank();
	}

}
