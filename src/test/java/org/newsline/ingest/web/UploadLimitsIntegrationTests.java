package org.newsline.ingest.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.ImportHistory;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload form's documented limit holds at its edge: 50 files with a manifest are
 * taken, the 51st gets the app's own message, never the container's "too large"; and the
 * latest run's report names who started it to signed-in users only.
 */
@NewslineIntegrationTest
class UploadLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	ImportHistory history;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void fiftyFilesWithAManifestAreTakenAndTheFiftyFirstIsRefusedByTheApp() throws Exception {
		AdminImportIntegrationTests.Session admin = AdminImportIntegrationTests.Session.signIn(this.port, "admin",
				"integration-admin-pw");
		String manifest = "file,outlet,url,published,title\nfile-0.txt,Coast News,,2024-03-08,A title\n";

		HttpResponse<String> tooMany = admin.multipart("/admin/imports/upload", admin.csrfFrom("/admin/imports"),
				files(AdminImportController.MAX_UPLOAD_FILES + 1), manifest);
		assertThat(tooMany.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(admin.get("/admin/imports").body()).select("#upload-error").text())
			.isEqualTo("Upload at most 50 files at a time.");

		HttpResponse<String> fifty = admin.multipart("/admin/imports/upload", admin.csrfFrom("/admin/imports"),
				files(AdminImportController.MAX_UPLOAD_FILES), manifest);
		assertThat(fifty.statusCode()).isEqualTo(302);
		assertThat(URI.create(fifty.headers().firstValue("Location").orElseThrow()).getPath())
			.startsWith("/admin/imports/");
		ImportReport report = awaitFinished();
		assertThat(report.files()).hasSize(50);
	}

	@Test
	void whoStartedTheLatestImportIsShownToSignedInUsersOnly() throws Exception {
		AdminImportIntegrationTests.Session admin = AdminImportIntegrationTests.Session.signIn(this.port, "admin",
				"integration-admin-pw");
		admin.multipart("/admin/imports/upload", admin.csrfFrom("/admin/imports"), files(1), null);
		awaitFinished();

		HttpResponse<String> anonymous = new Http(this.port).get("/api/imports/latest", "application/json");
		HttpResponse<String> signedIn = admin.get("/api/imports/latest");

		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(Http.parse(anonymous.body()).has("status")).isTrue();
		assertThat(Http.parse(anonymous.body()).has("startedBy")).isFalse();
		assertThat(anonymous.body()).doesNotContain("admin");
		assertThat(Http.parse(signedIn.body()).get("startedBy").asString()).isEqualTo("admin");
	}

	/** Empty article files: each fails fast as empty, with no language model to load. */
	private static Map<String, String> files(int count) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			files.put("file-" + i + ".txt", "");
		}
		return files;
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
