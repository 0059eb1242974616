package org.newsline.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.article.ArticleRepository;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.ImportHistory;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin uploads articles and reads the report, over real HTTP with a session and CSRF
 * tokens, as a browser would; anonymous readers are sent to the login page.
 */
@NewslineIntegrationTest
class AdminImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	ImportHistory history;

	@Autowired
	ArticleRepository articles;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		Session anonymous = new Session(this.port);
		HttpResponse<String> page = anonymous.get("/admin/imports");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		HttpResponse<String> post = anonymous.post("/admin/imports", Map.of());
		assertThat(post.statusCode()).isIn(302, 403);
		assertThat(this.history.latest()).isEmpty();
	}

	@Test
	void uploadsArticlesAndShowsWhatHappenedToEachFile() throws Exception {
		Session admin = Session.signIn(this.port, "admin", "integration-admin-pw");
		String csrf = admin.csrfFrom("/admin/imports");

		HttpResponse<String> upload = admin.multipart("/admin/imports/upload", csrf,
				Map.of("harbour.txt", "The harbour reopened on Friday after repairs, the port authority said.\n",
						"blank.txt", ""),
				"file,outlet,url,published,title\nharbour.txt,Coast News,https://example.org/h,2024-03-08,Harbour reopens\n");
		assertThat(upload.statusCode()).isEqualTo(302);
		String runPath = URI.create(upload.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(runPath).startsWith("/admin/imports/");

		ImportReport report = awaitFinished();
		assertThat(report.counts().created()).isEqualTo(1);
		assertThat(report.counts().failed()).isEqualTo(1);
		Document page = Jsoup.parse(admin.get(runPath).body());
		assertThat(page.select("h1").text()).isEqualTo("Import run #" + report.id());
		assertThat(page.select("tbody tr")).hasSize(2);
		assertThat(page.text()).contains("harbour.txt").contains("CREATED").contains("blank.txt is empty");
		assertThat(this.articles.findBySourceKey("harbour.txt").orElseThrow().getOutlet()).isEqualTo("Coast News");
	}

	@Test
	void letsAnAdminCorrectAPublicationDate() throws Exception {
		Session admin = Session.signIn(this.port, "admin", "integration-admin-pw");
		String csrf = admin.csrfFrom("/admin/imports");
		admin.multipart("/admin/imports/upload", csrf,
				Map.of("council.txt", "The council approved the budget on Monday, the mayor said.\n"), null);
		awaitFinished();
		long id = this.articles.findBySourceKey("council.txt").orElseThrow().getId();
		assertThat(this.articles.findById(id).orElseThrow().getPublishedOn()).isNull();
		assertThat(admin.get("/api/events").body()).as("'on Monday' cannot be dated without a publication date")
			.contains("\"totalItems\":0");

		String formCsrf = admin.csrfFrom("/admin/articles");
		HttpResponse<String> saved = admin.post("/admin/articles/" + id + "/published",
				Map.of("_csrf", formCsrf, "published", "2024-06-05"));

		assertThat(saved.statusCode()).isEqualTo(302);
		var article = this.articles.findById(id).orElseThrow();
		assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2024, 6, 5));
		assertThat(article.getPublishedSource()).isEqualTo(PublicationSource.EDITOR);
		assertThat(Jsoup.parse(admin.get("/admin/articles").body()).text())
			.contains("Publication date set to 2024-06-05");
		assertThat(admin.get("/api/events").body()).as("'on Monday' resolved against Wednesday 5 June 2024")
			.contains("\"start\":\"2024-06-03\"");
	}

	@Test
	void showsReadersThatAnImportIsRunningUntilItEnds() throws Exception {
		Session admin = Session.signIn(this.port, "admin", "integration-admin-pw");
		Session reader = new Session(this.port);
		HttpResponse<String> started = admin.post("/admin/imports", Map.of("_csrf", admin.csrfFrom("/admin/imports")));
		assertThat(started.statusCode()).isEqualTo(302);

		boolean bannerSeen = false;
		while (!bannerSeen && running()) {
			bannerSeen = Jsoup.parse(reader.get("/").body())
				.select(".import-banner")
				.text()
				.contains("Importing articles");
			Thread.sleep(20);
		}
		ImportReport report = awaitFinished();

		assertThat(bannerSeen).as("the banner was shown while the seed folder was imported").isTrue();
		assertThat(report.counts().created()).isEqualTo(4);
		assertThat(Jsoup.parse(reader.get("/").body()).select(".import-banner")).isEmpty();
	}

	private boolean running() {
		return this.history.latest()
			.map((run) -> run.status() == ImportStatus.QUEUED || run.status() == ImportStatus.RUNNING)
			.orElse(true);
	}

	private ImportReport awaitFinished() throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			var latest = this.history.latest();
			if (latest.isPresent() && latest.get().status() != ImportStatus.QUEUED
					&& latest.get().status() != ImportStatus.RUNNING) {
				return latest.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not finish within 60 s");
	}

	/**
	 * A browser-like HTTP session: cookies kept, redirects not followed, CSRF tokens read
	 * from forms.
	 */
	static final class Session {

		private final HttpClient client;

		private final int port;

		private Session(int port) {
			this.port = port;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		static Session signIn(int port, String username, String password) throws Exception {
			Session session = new Session(port);
			String csrf = session.csrfFrom("/login");
			HttpResponse<String> login = session.post("/login",
					Map.of("_csrf", csrf, "username", username, "password", password));
			assertThat(login.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			return session;
		}

		String csrfFrom(String path) throws Exception {
			return Jsoup.parse(get(path).body()).select("input[name=_csrf]").first().attr("value");
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
			StringBuilder body = new StringBuilder();
			form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
				.append(java.net.URLEncoder.encode(key, StandardCharsets.UTF_8))
				.append('=')
				.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> multipart(String path, String csrf, Map<String, String> files, String manifest)
				throws Exception {
			String boundary = "newsline-" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			part(body, boundary, "_csrf", null, csrf);
			for (var file : files.entrySet()) {
				part(body, boundary, "files", file.getKey(), file.getValue());
			}
			if (manifest != null) {
				part(body, boundary, "manifest", "sources.csv", manifest);
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html,application/xhtml+xml")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
				String content) throws IOException {
			String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
					+ ((fileName != null) ? "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain" : "")
					+ "\r\n\r\n";
			body.write(header.getBytes(StandardCharsets.UTF_8));
			body.write(content.getBytes(StandardCharsets.UTF_8));
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

}
