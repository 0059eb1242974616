package org.newsline.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Passwords have 12 to 128 characters and are hard to guess, as zxcvbn judges them.
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
	void refusesCommonAndEasilyGuessedPasswords() {
		assertThat(PasswordPolicy.problem("PASSWORD1234")).contains("too common");
		assertThat(PasswordPolicy.problem("iloveyou12345")).contains("too common");
		assertThat(PasswordPolicy.problem("qwertyuiopasdf")).contains("too common");
		assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa")).contains("too common");
	}

	@Test
	void refusesAPasswordMadeOfTheUsername() {
		assertThat(PasswordPolicy.problem("margarethamilton1", java.util.List.of("margarethamilton"))).isNotNull();
	}

	@Test
	void acceptsLongPassphrasesUpTo128CharactersWhateverTheirBytes() {
		assertThat(PasswordPolicy.problem("tüße-wörter-🌍".repeat(9).substring(0, 120))).isNull();
	}

}
