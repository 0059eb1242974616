package org.newsline.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id (Spring Security's current defaults) behind a delegating
 * encoder, so stored hashes name their algorithm. Argon2 takes passphrases of any length,
 * where bcrypt stops at 72 bytes; hashes stored by bcrypt before still match, and are
 * stored again as Argon2 at their owner's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final String ARGON2 = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new LegacyBCrypt()));
	}

	/**
	 * Bcrypt for hashes stored before; a password too long for bcrypt simply does not
	 * match one (no bcrypt hash could have been made of it).
	 */
	static final class LegacyBCrypt implements PasswordEncoder {

		private static final int MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				return false;
			}
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
