package org.newsline.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a password must be: 12 to 128 characters and not one of the commonest passwords,
 * which are listed in the bundled {@code common-passwords.txt}.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load();

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
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			return "This password is too common: choose another";
		}
		return null;
	}

	private static Set<String> load() {
		try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"),
				"common-passwords.txt is missing");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
