package org.newsline.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling as an attacker meets it over real HTTP: no path encoding gets past
 * it, huge usernames are not remembered, signing in to one's own account buys no more
 * guesses at others, and forwarded-for headers from a client that is no trusted proxy
 * change nothing.
 */
@NewslineIntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailedSignIns() {
		this.throttle.forgetAll();
	}

	@Test
	void aThrottledAccountCannotSignInThroughAnEncodedLoginPath() {
		String name = unique("ed");
		this.accounts.create(name, "the-right-password", Role.EDITOR);
		WebSession attacker = new WebSession(this.port);
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			attacker.login(name, "guess-" + i);
		}

		HttpResponse<String> encoded = attacker.post("/%6Cogin", "username", name, "password", "the-right-password");
		HttpResponse<String> plain = attacker.post("/login", "username", name, "password", "the-right-password");

		assertThat(encoded.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
		assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
		assertThat(attacker.get("/desk").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void hugeUsernamesAreRefusedWithoutBeingRemembered() {
		WebSession attacker = new WebSession(this.port);
		String huge = "u".repeat(1_900_000);
		for (int i = 0; i < 40; i++) {
			HttpResponse<String> refused = attacker.login(huge + i, "whatever-password");
			assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?");
		}

		assertThat(this.throttle.trackedAccounts())
			.allSatisfy((key) -> assertThat(key.length()).isLessThanOrEqualTo(LoginThrottle.MAX_USERNAME_LENGTH));
		assertThat(attacker.login("someone", "whatever-password").headers().firstValue("Location").orElseThrow())
			.as("the address still counts its failures")
			.contains("/login?throttled=");
	}

	@Test
	void signingInToOnesOwnAccountDoesNotClearTheAddresssFailures() {
		String own = unique("own");
		this.accounts.create(own, "my-own-good-password", Role.EDITOR);
		WebSession attacker = new WebSession(this.port);
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS - 1; i++) {
			assertThat(attacker.login(unique("victim"), "guess").headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}
		assertThat(new WebSession(this.port).login(own, "my-own-good-password").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));

		attacker.login(unique("victim"), "guess");
		HttpResponse<String> next = attacker.login(unique("victim"), "guess");

		assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
	}

	@Test
	void forwardedForHeadersFromAnUntrustedClientDoNotSpreadItsFailures() {
		WebSession attacker = new WebSession(this.port);
		for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
			attacker.postWithHeader("/login", "X-Forwarded-For", "198.51.100." + i, "username", unique("victim"),
					"password", "guess");
		}

		HttpResponse<String> next = attacker.postWithHeader("/login", "X-Forwarded-For", "203.0.113.9", "username",
				unique("victim"), "password", "guess");

		assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
