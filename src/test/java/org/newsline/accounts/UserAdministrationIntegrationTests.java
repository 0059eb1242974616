package org.newsline.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin manages accounts over real HTTP: creates editors whose generated password is
 * shown once, disables, enables and resets them; sign-in is throttled, never locked.
 */
@NewslineIntegrationTest
class UserAdministrationIntegrationTests {

	static final String ADMIN_PASSWORD = "integration-admin-pw";

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
	void adminCreatesAnEditorWhoSignsInWithTheOnceShownPassword() {
		WebSession admin = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);
		String name = unique("editor");

		HttpResponse<String> created = admin.post("/admin/users", "username", name, "role", "EDITOR");

		assertThat(created.statusCode()).isEqualTo(302);
		Document page = admin.page("/admin/users");
		String password = page.select("#issued-password").text();
		assertThat(password).hasSize(24);
		assertThat(page.select("#account-" + name).text()).contains("editor").contains("enabled");
		assertThat(admin.page("/admin/users").select("#issued-password")).as("shown only once").isEmpty();

		WebSession editor = WebSession.signIn(this.port, name, password);
		assertThat(editor.get("/desk").headers().firstValue("Location")).as("a generated password is replaced first")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		HttpResponse<String> chosen = editor.post("/account/password", "current", password, "password",
				"an-own-long-passphrase", "confirmation", "an-own-long-passphrase");
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/desk");
		assertThat(editor.get("/desk").statusCode()).isEqualTo(200);
		assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
	}

	@Test
	void badOrTakenUsernamesAreRefusedBesideTheField() {
		WebSession admin = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);

		Document taken = Jsoup.parse(admin.post("/admin/users", "username", "admin", "role", "ADMIN").body());
		assertThat(taken.select("#username-error").text()).isEqualTo("That username is taken");
		assertThat(taken.select("#username").attr("aria-describedby")).isEqualTo("username-error");

		Document bad = Jsoup.parse(admin.post("/admin/users", "username", "Has Spaces", "role", "EDITOR").body());
		assertThat(bad.select("#username-error").text()).startsWith("A username has");
		assertThat(bad.select("#username").val()).isEqualTo("Has Spaces");
	}

	@Test
	void disabledAccountsCannotSignInUntilEnabledAgain() {
		String name = unique("ed");
		long id = this.accounts.create(name, "a-long-enough-pass", Role.EDITOR).getId();
		WebSession signedIn = WebSession.signIn(this.port, name, "a-long-enough-pass");
		WebSession admin = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);

		admin.post("/admin/users/" + id + "/enabled", "enabled", "false");

		HttpResponse<String> ended = signedIn.get("/desk");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		HttpResponse<String> refused = new WebSession(this.port).login(name, "a-long-enough-pass");
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		admin.post("/admin/users/" + id + "/enabled", "enabled", "true");
		assertThat(WebSession.signIn(this.port, name, "a-long-enough-pass").get("/desk").statusCode()).isEqualTo(200);
	}

	@Test
	void adminCannotDisableTheirOwnAccount() {
		WebSession admin = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);
		long id = this.accounts.all()
			.stream()
			.filter((a) -> a.getUsername().equals("admin"))
			.findFirst()
			.orElseThrow()
			.getId();

		admin.post("/admin/users/" + id + "/enabled", "enabled", "false");

		assertThat(admin.page("/admin/users").select(".notice-error").text())
			.isEqualTo("You cannot disable your own account");
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void resetPasswordReplacesTheOldOne() {
		String name = unique("ed");
		long id = this.accounts.create(name, "the-first-password", Role.EDITOR).getId();
		WebSession admin = WebSession.signIn(this.port, "admin", ADMIN_PASSWORD);

		admin.post("/admin/users/" + id + "/password");
		String password = admin.page("/admin/users").select("#issued-password").text();

		assertThat(new WebSession(this.port).login(name, "the-first-password")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/login?error");
		WebSession signedIn = WebSession.signIn(this.port, name, password);
		assertThat(signedIn.get("/desk").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
	}

	@Test
	void ownPasswordChangeFollowsThePolicy() {
		String name = unique("ed");
		this.accounts.create(name, "the-first-password", Role.EDITOR);
		WebSession editor = WebSession.signIn(this.port, name, "the-first-password");

		Document tooShort = Jsoup.parse(editor
			.post("/account/password", "current", "the-first-password", "password", "short", "confirmation", "short")
			.body());
		assertThat(tooShort.select("#password-error").text()).isEqualTo("A password has 12 to 128 characters");
		Document common = Jsoup
			.parse(editor
				.post("/account/password", "current", "the-first-password", "password", "Password1234", "confirmation",
						"Password1234")
				.body());
		assertThat(common.select("#password-error").text()).startsWith("This password is too common");
		assertThat(common.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
		Document wrong = Jsoup.parse(
				editor
					.post("/account/password", "current", "not-my-password", "password", "a-new-long-passphrase",
							"confirmation", "a-new-long-passphrase")
					.body());
		assertThat(wrong.select("#current-error").text()).isEqualTo("That is not your current password");

		HttpResponse<String> changed = editor.post("/account/password", "current", "the-first-password", "password",
				"a-new-long-passphrase", "confirmation", "a-new-long-passphrase");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(WebSession.signIn(this.port, name, "a-new-long-passphrase").get("/desk").statusCode())
			.isEqualTo(200);
	}

	@Test
	void repeatedFailuresSlowDownSignInForThatAccountWithoutLockingOthersOut() {
		String name = unique("ed");
		this.accounts.create(name, "the-right-password", Role.EDITOR);
		WebSession attacker = new WebSession(this.port);
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			assertThat(attacker.login(name, "guess-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		HttpResponse<String> throttled = attacker.login(name, "the-right-password");

		assertThat(throttled.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
		assertThat(Jsoup.parse(attacker.get("/login?throttled=1").body()).select("[role=alert]").text())
			.contains("Too many failed sign-ins");
		assertThat(WebSession.signIn(this.port, "admin", ADMIN_PASSWORD).get("/desk").statusCode())
			.as("other accounts are not affected")
			.isEqualTo(200);
	}

	@Test
	void signingInChangesTheSessionId() {
		WebSession session = new WebSession(this.port);
		session.get("/login");
		String before = session.cookie("JSESSIONID");

		session.login("admin", ADMIN_PASSWORD);

		assertThat(before).isNotEmpty();
		assertThat(session.cookie("JSESSIONID")).isNotEmpty().isNotEqualTo(before);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
