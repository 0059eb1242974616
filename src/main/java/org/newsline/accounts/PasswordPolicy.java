package org.newsline.accounts;

import java.util.Set;

/**
 * What a password must be: 12 to 128 characters and not one of the commonest passwords.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("123456789012", "password1234", "passwordpassword",
			"qwertyuiopas", "111111111111", "iloveyou1234", "letmeinletmein", "administrator", "adminadmin12",
			"changeme1234", "welcome12345", "newsline1234", "qwerty123456", "1q2w3e4r5t6y", "abc123abc123",
			"password123!", "trustno1trustno1", "monkeymonkey", "sunshine1234", "football1234");

	private PasswordPolicy() {
	}

	static void check(String password) {
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
		}
		if (COMMON.contains(password.toLowerCase(java.util.Locale.ROOT))) {
			throw new IllegalArgumentException("This password is too common");
		}
	}

}
