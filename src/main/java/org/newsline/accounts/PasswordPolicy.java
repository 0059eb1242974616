package org.newsline.accounts;

import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: 12 to 128 characters and hard to guess, as zxcvbn judges it
 * (its dictionaries hold tens of thousands of common passwords, names and words, and it
 * sees keyboard walks, repeats, sequences and dates).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/**
	 * zxcvbn's score 3 and up: about 10^8 guesses or more, safe against online guessing
	 * and costly offline against a slow hash.
	 */
	static final int MIN_SCORE = 3;

	private static final Zxcvbn zxcvbn = new Zxcvbn();

	private PasswordPolicy() {
	}

	static void check(String password) {
		String problem = problem(password);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * What is wrong with the password, in words for the form, or null when it will do.
	 */
	static @Nullable String problem(String password) {
		return problem(password, List.of());
	}

	/**
	 * What is wrong with the password, in words for the form, or null when it will do;
	 * words the user is known by (their username) count as easy to guess.
	 */
	static @Nullable String problem(String password, List<String> userWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
		}
		Strength strength = zxcvbn.measure(password, userWords);
		if (strength.getScore() < MIN_SCORE) {
			String warning = strength.getFeedback().getWarning();
			return "This password is too common or too easy to guess"
					+ ((warning != null && !warning.isBlank()) ? " (" + warning.strip() + ")" : "")
					+ ": choose another, such as a few unrelated words";
		}
		return null;
	}

}
