package org.newsline.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.OtherInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web nodes share what a signed-in editor and an attacker leave behind: a session made on
 * one node is known on another and survives that node's restart, signing out on one node
 * signs out on all, and failed sign-ins count against the same limit wherever they land.
 */
@NewslineIntegrationTest
class SharedSessionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	ConfigurableApplicationContext other;

	@AfterEach
	void tearDown() {
		if (this.other != null) {
			this.other.close();
		}
		this.throttle.forgetAll();
	}

	@Test
	void aSessionMadeOnOneNodeIsKnownOnAnotherAndSurvivesItsRestart() {
		String name = unique("ed");
		this.accounts.create(name, "a-good-long-password", Role.EDITOR);
		this.other = OtherInstance.start(this.dataSource);
		WebSession here = WebSession.signIn(this.port, name, "a-good-long-password");
		WebSession there = here.at(OtherInstance.port(this.other));

		for (int i = 0; i < 10; i++) {
			assertThat(here.get("/desk").statusCode()).as("desk on this node").isEqualTo(200);
			assertThat(there.get("/desk").statusCode()).as("desk on the other node").isEqualTo(200);
		}
		this.other.close();
		this.other = OtherInstance.start(this.dataSource);
		WebSession afterRestart = here.at(OtherInstance.port(this.other));
		assertThat(afterRestart.get("/desk").statusCode()).as("desk on the restarted node").isEqualTo(200);

		WebSession replayed = here.copy();
		HttpResponse<String> signedOut = afterRestart.post("/logout");
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(replayed.get("/desk").statusCode()).as("the old cookie on this node after signing out there")
			.isEqualTo(302);
	}

	@Test
	void failedSignInsOnEitherNodeCountAgainstTheSameLimit() {
		String name = unique("ed");
		this.accounts.create(name, "the-right-password", Role.EDITOR);
		this.other = OtherInstance.start(this.dataSource);
		WebSession here = new WebSession(this.port);
		WebSession there = here.at(OtherInstance.port(this.other));

		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			WebSession node = (i % 2 == 0) ? here : there;
			assertThat(node.login(name, "guess-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		assertThat(there.login(name, "the-right-password").headers().firstValue("Location").orElseThrow())
			.contains("/login?throttled=");
		assertThat(here.login(name, "the-right-password").headers().firstValue("Location").orElseThrow())
			.contains("/login?throttled=");
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

}
