package org.newsline.ingest.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.ingest.ImportHistory;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin uploads hostile files through the upload form: names that climb out of their
 * folder or hide control characters, and a file over the size limit. The upload is
 * accepted, the run page gives each file its line with a clear reason, and the good files
 * land under safe names. A name the servlet container cannot take (with a NUL) and an
 * upload over the request limit get a page that says so, never a server error or a reset
 * connection.
 */
@NewslineIntegrationTest
class HostileUploadIntegrationTests {

	private static final String STORY = "The harbour reopened on Friday after repairs, the port authority said.\n";

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
	void reportsEachHostileUploadOnTheRunPage() throws Exception {
		AdminImportIntegrationTests.Session admin = AdminImportIntegrationTests.Session.signIn(this.port, "admin",
				"integration-admin-pw");
		String csrf = admin.csrfFrom("/admin/imports");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("../../etc/passwd.html", "<p>" + STORY + "</p>");
		files.put("/var/lib/newsline/absolute.txt", STORY);
		files.put("C:\\Users\\admin\\..\\windows.txt", STORY);
		files.put("con\u0001trol\u001B.txt", STORY);
		files.put("invoice\u202Etxt.exe.html", STORY);
		files.put("x".repeat(250) + ".txt", STORY);
		files.put("big.txt", "All work and no play makes a very long article.\n".repeat(131_072));

		HttpResponse<String> upload = admin.multipart("/admin/imports/upload", csrf, files, null);

		assertThat(upload.statusCode()).isEqualTo(302);
		String runPath = URI.create(upload.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(runPath).startsWith("/admin/imports/");
		ImportReport report = awaitFinished();
		assertThat(report.counts().created()).isEqualTo(6);
		assertThat(report.counts().failed()).isEqualTo(1);

		HttpResponse<String> runPage = admin.get(runPath);
		assertThat(runPage.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(runPage.body());
		Map<String, String> lines = new LinkedHashMap<>();
		for (Element row : page.select("tbody tr")) {
			lines.put(row.select("td").get(0).text(), row.text());
		}
		String longKey = lines.keySet().stream().filter((key) -> key.startsWith("xxxx")).findFirst().orElseThrow();
		assertThat(lines).containsOnlyKeys("passwd.html", "absolute.txt", "windows.txt", "control.txt",
				"invoicetxt.exe.html", longKey, "big.txt");
		assertThat(lines.get("passwd.html")).contains("CREATED");
		assertThat(lines.get("big.txt")).contains("FAILED")
			.contains("big.txt is too large (6,291,456 bytes (6 MB); the limit is 5,242,880 bytes (5 MB))");
		assertThat(longKey).hasSizeLessThanOrEqualTo(200).endsWith(".txt");
		assertThat(this.articles.findAll()).extracting(Article::getSourceKey)
			.containsExactlyInAnyOrder("passwd.html", "absolute.txt", "windows.txt", "control.txt",
					"invoicetxt.exe.html", longKey);
	}

	@Test
	void refusesAFileNameWithANulCharacterOnTheImportsPage() throws Exception {
		AdminImportIntegrationTests.Session admin = AdminImportIntegrationTests.Session.signIn(this.port, "admin",
				"integration-admin-pw");
		String csrf = admin.csrfFrom("/admin/imports");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("good.txt", STORY);
		files.put("nul\u0000byte.txt", STORY);

		HttpResponse<String> upload = admin.multipart("/admin/imports/upload", csrf, files, null);

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/admin/imports"));
		Document page = Jsoup.parse(admin.get("/admin/imports").body());
		assertThat(page.select("#upload-error").text()).isEqualTo(UploadNameCheck.MESSAGE);
		assertThat(this.history.latest()).isEmpty();
		assertThat(this.articles.count()).isZero();
	}

	@Test
	void answersAnUploadOverTheRequestLimitWithAPageThatSaysSo() throws Exception {
		AdminImportIntegrationTests.Session admin = AdminImportIntegrationTests.Session.signIn(this.port, "admin",
				"integration-admin-pw");
		String csrf = admin.csrfFrom("/admin/imports");
		Map<String, String> files = new LinkedHashMap<>();
		// 60.5 MB: over the 60 MB limit by less than Tomcat drains of a refused body
		// (server.tomcat.max-swallow-size), so the browser gets the page, not a reset
		for (int i = 0; i < 12; i++) {
			files.put("part-" + i + ".txt",
					"All work and no play makes a long article, ten times over.\n".repeat(89_661));
		}

		HttpResponse<String> upload = admin.multipart("/admin/imports/upload", csrf, files, null);

		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(upload.body()).select("h1").text()).isEqualTo("Upload too large");
		assertThat(this.history.latest()).isEmpty();
	}

	private ImportReport awaitFinished() throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			var latest = this.history.latest();
			if (latest.isPresent() && latest.get().status() != ImportStatus.QUEUED
					&& latest.get().status() != ImportStatus.RUNNING) {
				return latest.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not finish within 120 s");
	}

}
