package org.newsline.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.ingest.document.Manifest;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of bad files imports with a clear reason for each bad one, and the good files
 * in the same run still land.
 */
@NewslineIntegrationTest
class BadInputImportIntegrationTests {

	private static final String GOOD = "The council approved the new budget on Monday, the mayor said.\n";

	@TempDir
	Path folder;

	@Autowired
	ArticleImporter importer;

	@Autowired
	ArticleRepository articles;

	@Autowired
	DatabaseCleaner cleaner;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void reportsEachBadFileAndLandsTheGoodOnes() throws IOException {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		byte[] png = new byte[4096];
		new Random(7).nextBytes(png);
		png[0] = (byte) 0x89;
		png[1] = 'P';
		png[2] = 'N';
		png[3] = 'G';
		Files.write(this.folder.resolve("picture.html"), png);
		try (OutputStream out = Files.newOutputStream(this.folder.resolve("huge.txt"))) {
			byte[] line = "All work and no play makes a long article.\n".getBytes(StandardCharsets.UTF_8);
			for (int written = 0; written < 20 * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		Files.write(this.folder.resolve("latin1.txt"),
				"President Nicolás Maduro spoke in Caracas on Monday about the talks.\n"
					.getBytes(Charset.forName("ISO-8859-1")));
		Files.writeString(this.folder.resolve("hostile.html"), """
				<html><head><title>Harbour reopens</title><script>alert('x')</script></head>
				<body><nav>Home | World</nav><article><h1>Harbour reopens</h1>
				<p onclick="steal()">The harbour reopened on Friday after repairs, the port authority said.</p>
				<p><a href="javascript:alert(1)">Read more</a> Ships queued outside the breakwater.</p>
				<img src=x onerror="alert(2)"></article></body></html>
				""");
		Files.writeString(this.folder.resolve("good.txt"), GOOD);
		Files.writeString(this.folder.resolve("slides.pdf"), "%PDF-1.4");

		ImportReport report = this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");

		Map<String, ImportReport.FileReport> byFile = report.files()
			.stream()
			.collect(Collectors.toMap(ImportReport.FileReport::file, (f) -> f));
		assertThat(byFile.get("empty.txt").outcome()).isEqualTo(FileOutcome.FAILED);
		assertThat(byFile.get("empty.txt").reason()).contains("empty");
		assertThat(byFile.get("picture.html").outcome()).isEqualTo(FileOutcome.FAILED);
		assertThat(byFile.get("picture.html").reason()).isEqualTo("picture.html is a PNG image, not an article");
		assertThat(byFile.get("huge.txt").outcome()).isEqualTo(FileOutcome.FAILED);
		assertThat(byFile.get("huge.txt").reason()).contains("too large");
		assertThat(byFile.get("latin1.txt").outcome()).isEqualTo(FileOutcome.CREATED);
		assertThat(byFile.get("hostile.html").outcome()).isEqualTo(FileOutcome.CREATED);
		assertThat(byFile.get("good.txt").outcome()).isEqualTo(FileOutcome.CREATED);
		assertThat(report.message()).contains("slides.pdf");
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);

		assertThat(body("latin1.txt")).contains("Nicolás Maduro");
		assertThat(body("hostile.html")).contains("The harbour reopened on Friday")
			.doesNotContain("<script")
			.doesNotContain("alert(")
			.doesNotContain("javascript:")
			.doesNotContain("onclick")
			.doesNotContain("Home | World");
		assertThat(body("good.txt")).isEqualTo(GOOD.strip());
	}

	@Test
	void neverLetsAFileNameReachOutsideItsFolder() {
		ImportReport report = this.importer.importFiles(
				List.of(InputFile.of("../../etc/passwd.txt", GOOD.getBytes(StandardCharsets.UTF_8))), Manifest.empty(),
				ImportRun.Trigger.UPLOAD, "test");

		assertThat(report.files()).singleElement().satisfies((f) -> {
			assertThat(f.outcome()).isEqualTo(FileOutcome.CREATED);
			assertThat(f.file()).isEqualTo("passwd.txt");
		});
		assertThat(this.articles.findAll()).extracting(Article::getSourceKey).containsExactly("passwd.txt");
	}

	private String body(String key) {
		return this.articles.findBySourceKey(key).orElseThrow().getBody();
	}

}
