package org.newsline.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.accounts.Role;

/**
 * A new account: its username and role; the password is generated.
 */
record NewUserForm(
		@NotBlank(message = "Give a username") @Size(max = 64,
				message = "At most 64 characters") @Nullable String username,
		@NotNull(message = "Choose a role") @Nullable Role role) {

	static NewUserForm blank() {
		return new NewUserForm("", Role.EDITOR);
	}

}
