package org.newsline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.support.NewslineProcess;
import org.newsline.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run as in production: an {@code https} public URL, TLS ended at a
 * proxy on this machine that it trusts, and the default rate limits. The test plays the
 * proxy, naming each client in {@code X-Forwarded-For}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionSettingsProcessTests {

	static final String PUBLIC_URL = "https://news.example.org";

	static final String ADMIN_PASSWORD = "production-admin-passphrase";

	@TempDir
	static Path work;

	NewslineProcess app;

	@BeforeAll
	void start() throws Exception {
		this.app = NewslineProcess.start(NewslineProcess.Launch.of(work.resolve("postgres"), "1g")
			.withArguments("--newsline.import.seed-on-first-start=false", "--newsline.public-url=" + PUBLIC_URL,
					"--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
					"--newsline.accounts.session-lifetime=6s")
			.withEnvironment("NEWSLINE_ADMIN_PASSWORD", ADMIN_PASSWORD), work.resolve("app.log"));
		this.app.awaitHealthy(Duration.ofSeconds(120));
	}

	@AfterAll
	void stop() throws Exception {
		this.app.stop();
	}

	@Test
	void renderedPagesAreLimitedPerClientWhileThePageCacheAnswersEveryone() throws Exception {
		HttpClient client = client();
		assertThat(get(client, "/", "text/html", "198.51.100.10").statusCode()).isEqualTo(200);
		int served = 0;
		HttpResponse<String> limited = null;
		for (int i = 0; i < 200 && limited == null; i++) {
			HttpResponse<String> response = get(client, "/?q=word" + i, "text/html", "198.51.100.10");
			if (response.statusCode() == 429) {
				limited = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(200);
				served++;
			}
		}

		assertThat(limited).as("a 429 after the allowance").isNotNull();
		assertThat(served).as("60 a minute, refilled evenly").isBetween(55, 75);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(Jsoup.parse(limited.body()).select("h1").text()).isEqualTo("Too many requests");
		assertThat(get(client, "/", "text/html", "198.51.100.10").statusCode()).as("a kept page still answers")
			.isEqualTo(200);
		assertThat(get(client, "/?q=other", "text/html", "198.51.100.11").statusCode()).as("another client")
			.isEqualTo(200);
	}

	@Test
	void exportsAndTheApiAreLimitedPerClientWithProblemDocuments() throws Exception {
		HttpClient client = client();
		int exports = 0;
		HttpResponse<String> response;
		do {
			response = get(client, "/export/events.csv", "text/csv", "198.51.100.20");
			exports++;
		}
		while (response.statusCode() == 200 && exports < 50);
		assertThat(exports).isBetween(11, 12);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();

		int answers = 0;
		do {
			response = get(client, "/api/events?q=w" + answers, "application/json", "198.51.100.21");
			answers++;
		}
		while (response.statusCode() == 200 && answers < 400);
		assertThat(answers).as("300 a minute, refilled evenly").isBetween(296, 380);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.body()).contains("\"status\":429");
	}

	@Test
	void withAnHttpsPublicUrlTheCookieIsSecureEveryAnswerCarriesHstsAndLinksUseIt() throws Exception {
		// as plain HTTP reaches the server when the proxy does not say it spoke HTTPS
		HttpResponse<String> login = client().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.app.port() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
		assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
		String feed = RawHttp.exchange(this.app.port(), "GET /feed.atom HTTP/1.1", "Host: evil.example",
				"X-Forwarded-Host: evil.example", "Accept: application/atom+xml");
		assertThat(feed).contains(PUBLIC_URL + "/feed.atom").doesNotContain("evil.example");
	}

	@Test
	void signInFailuresCountPerClientBehindTheTrustedProxy() throws Exception {
		for (int i = 0; i <= 20; i++) {
			new Session().signIn("nobody-" + i, "wrong-password", "198.51.100.40");
		}
		assertThat(new Session().signIn("someone", "wrong-password", "198.51.100.40")).contains("throttled");
		assertThat(new Session().signIn("admin", ADMIN_PASSWORD, "198.51.100.41"))
			.as("another client behind the same proxy is not slowed down")
			.endsWith("/desk");
	}

	@Test
	void aSignInEndsAfterItsLifetimeHoweverBusy() throws Exception {
		Session admin = new Session();
		assertThat(admin.signIn("admin", ADMIN_PASSWORD, "198.51.100.50")).endsWith("/desk");
		long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
		while (System.nanoTime() < until) {
			assertThat(admin.get("/desk").statusCode()).isEqualTo(200);
			Thread.sleep(500);
		}
		Thread.sleep(3000);

		HttpResponse<String> ended = admin.get("/desk");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(this.app.log()).contains("session-ended user=admin reason=lifetime-over");
	}

	private HttpResponse<String> get(HttpClient client, String path, String accept, String clientAddress)
			throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.app.port() + path))
			.header("Accept", accept)
			.header("X-Forwarded-For", clientAddress)
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * A browser behind the proxy: it keeps its session cookie, Secure as it is, since the
	 * proxy speaks HTTPS to it.
	 */
	private final class Session {

		private final HttpClient client = client();

		private String address = "198.51.100.99";

		private String cookie = "";

		String signIn(String username, String password, String address) throws Exception {
			this.address = address;
			String csrf = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").attr("value");
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
			return keep(this.client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString())).headers().firstValue("Location").orElse("");
		}

		HttpResponse<String> get(String path) throws Exception {
			return keep(this.client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
		}

		private HttpResponse<String> keep(HttpResponse<String> response) {
			for (String set : response.headers().allValues("Set-Cookie")) {
				if (set.startsWith("JSESSIONID=")) {
					this.cookie = set.substring(0, set.indexOf(';'));
				}
			}
			return response;
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest
				.newBuilder(URI.create("http://localhost:" + ProductionSettingsProcessTests.this.app.port() + path))
				.header("Accept", "text/html")
				.header("X-Forwarded-For", this.address)
				.header("X-Forwarded-Proto", "https");
			return this.cookie.isEmpty() ? builder : builder.header("Cookie", this.cookie);
		}

	}

}
