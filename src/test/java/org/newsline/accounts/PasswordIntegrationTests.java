package org.newsline.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords as their owners meet them over real HTTP: long passphrases work, weak ones
 * are refused beside the field, a change ends the user's other sessions, a generated
 * password must be replaced first, old bcrypt hashes still sign in, and every account
 * event leaves an audit line without a password in it.
 */
@NewslineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordIntegrationTests {

	/** 89 characters, 17 more bytes than bcrypt takes. */
	static final String LONG_PASSPHRASE = "the quiet harbour keeps its lanterns lit for boats that come home late in winter storms!!";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetFailedSignIns() {
		this.throttle.forgetAll();
	}

	@Test
	void aLongPassphraseCanBeChosenAndSignsIn() {
		assertThat(LONG_PASSPHRASE).hasSize(89);
		String name = unique("ed");
		this.accounts.create(name, "the-first-password", Role.EDITOR);
		WebSession editor = WebSession.signIn(this.port, name, "the-first-password");

		HttpResponse<String> changed = editor.post("/account/password", "current", "the-first-password", "password",
				LONG_PASSPHRASE, "confirmation", LONG_PASSPHRASE);

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(WebSession.signIn(this.port, name, LONG_PASSPHRASE).get("/desk").statusCode()).isEqualTo(200);
		String created = unique("long");
		this.accounts.create(created, LONG_PASSPHRASE + LONG_PASSPHRASE.substring(0, 30), Role.EDITOR);
		assertThat(WebSession.signIn(this.port, created, LONG_PASSPHRASE + LONG_PASSPHRASE.substring(0, 30))
			.get("/desk")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aWeakPasswordIsRefusedBesideTheField() {
		String name = unique("ed");
		this.accounts.create(name, "the-first-password", Role.EDITOR);
		WebSession editor = WebSession.signIn(this.port, name, "the-first-password");

		for (String weak : new String[] { "qwertyuiopasdf", "iloveyou12345", name + "2025" }) {
			Document page = Jsoup.parse(editor
				.post("/account/password", "current", "the-first-password", "password", weak, "confirmation", weak)
				.body());
			assertThat(page.select("#password-error").text()).as(weak).startsWith("This password is too common");
		}
	}

	@Test
	void changingOnesPasswordEndsOneselfsOtherSessions() {
		String name = unique("ed");
		this.accounts.create(name, "the-first-password", Role.EDITOR);
		WebSession here = WebSession.signIn(this.port, name, "the-first-password");
		WebSession elsewhere = WebSession.signIn(this.port, name, "the-first-password");

		here.post("/account/password", "current", "the-first-password", "password", "a-new-long-passphrase",
				"confirmation", "a-new-long-passphrase");

		HttpResponse<String> ended = elsewhere.get("/desk");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(here.get("/desk").statusCode()).as("the session that changed it goes on").isEqualTo(200);
	}

	@Test
	void aGeneratedPasswordMustBeReplacedBeforeAnythingElse() {
		WebSession admin = WebSession.signIn(this.port, "admin", "integration-admin-pw");
		String name = unique("ed");
		admin.post("/admin/users", "username", name, "role", "EDITOR");
		String issued = admin.page("/admin/users").select("#issued-password").text();

		WebSession editor = new WebSession(this.port);
		HttpResponse<String> signedIn = editor.login(name, issued);

		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		for (String path : new String[] { "/desk", "/desk/events", "/" }) {
			assertThat(editor.get(path).headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		}
		assertThat(editor.page("/account/password").select("#password-required").text()).contains("generated password");
		editor.post("/account/password", "current", issued, "password", "a-new-long-passphrase", "confirmation",
				"a-new-long-passphrase");
		assertThat(editor.get("/desk").statusCode()).isEqualTo(200);
		assertThat(new WebSession(this.port).login(name, issued).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");
	}

	@Test
	void anAccountHashedWithBcryptBeforeStillSignsInAndIsHashedAgainWithArgon2() {
		String name = unique("old");
		this.accounts.create(name, "placeholder-password-x", Role.EDITOR);
		this.jdbc.update("update account set password_hash = ? where username = ?",
				"{bcrypt}" + new BCryptPasswordEncoder().encode("an-older-good-password"), name);

		assertThat(WebSession.signIn(this.port, name, "an-older-good-password").get("/desk").statusCode())
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select password_hash from account where username = ?", String.class, name))
			.startsWith("{argon2}");
	}

	@Test
	void everyAccountEventLeavesAnAuditLineWithoutThePassword(CapturedOutput output) {
		String name = unique("ed");
		WebSession admin = WebSession.signIn(this.port, "admin", "integration-admin-pw");
		admin.post("/admin/users", "username", name, "role", "EDITOR");
		String issued = admin.page("/admin/users").select("#issued-password").text();
		new WebSession(this.port).login(name, "not-the-password");
		WebSession editor = new WebSession(this.port);
		editor.login(name, issued);
		editor.post("/account/password", "current", issued, "password", "a-new-long-passphrase", "confirmation",
				"a-new-long-passphrase");
		editor.post("/logout");
		long id = this.accounts.all()
			.stream()
			.filter((a) -> a.getUsername().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
		admin.post("/admin/users/" + id + "/enabled", "enabled", "false");
		admin.post("/admin/users/" + id + "/enabled", "enabled", "true");
		admin.post("/admin/users/" + id + "/password");

		assertThat(output.getAll()).contains("sign-in user=admin address=")
			.contains("account-created user=" + name + " role=EDITOR by=admin")
			.contains("sign-in-failed user=" + name + " address=")
			.contains("reason=bad-credentials")
			.contains("sign-in user=" + name)
			.contains("password-changed user=" + name)
			.contains("sign-out user=" + name)
			.contains("account-disabled user=" + name + " by=admin")
			.contains("account-enabled user=" + name + " by=admin")
			.contains("password-reset user=" + name + " by=admin")
			.doesNotContain(issued)
			.doesNotContain("a-new-long-passphrase")
			.doesNotContain("not-the-password");
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
