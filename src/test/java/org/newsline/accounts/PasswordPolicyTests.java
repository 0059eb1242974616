package org.newsline.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Passwords have 12 to 128 characters and are not on the bundled list of common ones.
 */
class PasswordPolicyTests {

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(PasswordPolicy.problem("river-lantern-oboe-91")).isNull();
	}

	@Test
	void refusesTooShortAndTooLongPasswords() {
		assertThat(PasswordPolicy.problem("elevenchars")).contains("12 to 128");
		assertThat(PasswordPolicy.problem("x".repeat(129))).contains("12 to 128");
		assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.check("short"));
	}

	@Test
	void refusesCommonPasswordsFromTheBundledListIgnoringCase() {
		assertThat(PasswordPolicy.problem("PASSWORD1234")).contains("too common");
		assertThat(PasswordPolicy.problem("correcthorsebatterystaple")).contains("too common");
	}

}
