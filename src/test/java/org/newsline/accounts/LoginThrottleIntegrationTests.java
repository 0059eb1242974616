package org.newsline.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle's delays grow with failures, are capped, expire, clear on the
 * account's success, and the rows it keeps in the database are bounded.
 */
@NewslineIntegrationTest
class LoginThrottleIntegrationTests {

	private Instant now = Instant.parse("2025-12-01T10:00:00Z");

	@Autowired
	JdbcClient jdbc;

	private LoginThrottle throttle;

	@BeforeEach
	void setUp() {
		this.throttle = throttle();
		this.throttle.forgetAll();
	}

	@AfterEach
	void tearDown() {
		this.throttle.forgetAll();
	}

	private LoginThrottle throttle() {
		return new LoginThrottle(this.jdbc, new Clock() {

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return LoginThrottleIntegrationTests.this.now;
			}

		}, new AccountsSettings(Duration.ofHours(12), 10));
	}

	@Test
	void delayDoublesAfterTheFreeAttemptsAndIsCapped() {
		assertThat(LoginThrottle.delay(4, 5)).isZero();
		assertThat(LoginThrottle.delay(5, 5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.delay(6, 5)).isEqualTo(Duration.ofSeconds(2));
		assertThat(LoginThrottle.delay(9, 5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(LoginThrottle.delay(500, 5)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void anAccountWaitsAfterRepeatedFailuresAndMayTryAgainLater() {
		for (int i = 0; i < 7; i++) {
			this.throttle.failed("Editor", "10.0.0." + i);
		}
		assertThat(this.throttle.wait("editor", "10.0.0.99")).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.throttle.wait("someone-else", "10.0.0.99")).isZero();

		this.now = this.now.plusSeconds(5);
		assertThat(this.throttle.wait("editor", "10.0.0.99")).isZero();
	}

	@Test
	void anAddressWaitsAfterManyFailuresAcrossAccounts() {
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS + 1; i++) {
			this.throttle.failed("user" + i, "192.0.2.7");
		}
		assertThat(this.throttle.wait("fresh-user", "192.0.2.7")).isPositive();
		assertThat(this.throttle.wait("fresh-user", "192.0.2.8")).isZero();
	}

	@Test
	void aSuccessClearsTheAccountsCountButNotTheAddresss() {
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS + 1; i++) {
			this.throttle.failed("editor", "192.0.2.7");
		}
		this.throttle.succeeded("editor");
		assertThat(this.throttle.wait("editor", "192.0.2.8")).isZero();
		assertThat(this.throttle.wait("editor", "192.0.2.7")).as("the address still waits").isPositive();
	}

	@Test
	void keepsNoUsernameLongerThanAnAccountsAndAtMostTheConfiguredNumber() {
		this.throttle.failed("x".repeat(65), "192.0.2.9");
		assertThat(this.throttle.trackedAccounts()).isEmpty();
		for (int i = 0; i < 1000; i++) {
			this.throttle.failed("user" + i, "192.0.2.9");
		}
		assertThat(this.throttle.trackedAccounts()).hasSizeLessThanOrEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single())
			.as("accounts and addresses kept")
			.isLessThanOrEqualTo(20);
	}

	@Test
	void forgetsFailuresADayOldAndSweepsTheirRows() {
		for (int i = 0; i < 7; i++) {
			this.throttle.failed("editor", "192.0.2.10");
		}
		this.now = this.now.plus(Duration.ofDays(1)).plusSeconds(1);
		assertThat(this.throttle.wait("editor", "192.0.2.11")).isZero();

		this.throttle.failed("someone", "192.0.2.12");
		assertThat(this.throttle.trackedAccounts()).containsExactly("someone");
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single())
			.as("the day-old rows are gone")
			.isEqualTo(2);
	}

}
