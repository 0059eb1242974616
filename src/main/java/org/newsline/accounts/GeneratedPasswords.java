package org.newsline.accounts;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random passwords for new accounts and resets: 18 random bytes, 24 URL-safe characters.
 */
final class GeneratedPasswords {

	private static final SecureRandom random = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String next() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
