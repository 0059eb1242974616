package org.newsline.sources.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.NewslineApplication;
import org.newsline.sources.CorpusSite;
import org.newsline.support.CommandLogging;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.WebSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import URL...} and {@code import --feed URL} on the command line: the same
 * report as the admin page, exit 1 when an address is refused, and the loopback allowance
 * given as a setting.
 */
@NewslineIntegrationTest
class WebImportCommandIntegrationTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	JdbcClient jdbc;

	WebSite site;

	CorpusSite corpus;

	@BeforeEach
	void outlet() {
		this.cleaner.clean();
		this.site = new WebSite();
		this.corpus = new CorpusSite(this.site).list(2);
	}

	@AfterEach
	void close() {
		this.site.close();
	}

	@AfterEach
	void restoreLogLevels() {
		CommandLogging.restore();
	}

	@Test
	void importsAddressesAndAFeedAndSaysWhatItRefused() {
		String story = this.corpus.url(this.corpus.stories().get(0).path());

		Result addresses = run(story + "?utm_source=newsletter", story, "http://169.254.169.254/latest/meta-data/");

		assertThat(addresses.status()).isEqualTo(1);
		assertThat(addresses.output()).contains("CREATED   " + story + " — ")
			.contains("DUPLICATE " + story + " — the same article as " + story)
			.contains("FAILED    http://169.254.169.254/latest/meta-data/ — ")
			.contains("169.254.169.254 is a cloud metadata address")
			.contains("1 created, 0 updated, 0 unchanged, 1 failed or refused, 1 duplicates");

		Result feed = run("--feed", this.corpus.feedUrl());

		assertThat(feed.status()).isZero();
		assertThat(feed.output()).contains("Feed " + this.corpus.feedUrl() + ": read, 2 new items")
			.contains("1 created, 0 updated, 1 unchanged, 0 failed");
		assertThat(this.jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from source_feed").query(Long.class).single()).isOne();
	}

	@Test
	void explainsItsUsage() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = WebImportCommand.run(NewslineApplication.class, new String[] { "--feed" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(2);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("java -jar newsline.jar import --feed URL");
		assertThat(WebImportCommand.wants(new String[] { "articles/" })).isFalse();
		assertThat(WebImportCommand.wants(new String[] { "https://example.org/a" })).isTrue();
	}

	private Result run(String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.add("--spring.datasource.url=" + this.dataSource.getJdbcUrl());
		args.add("--spring.datasource.username=" + this.dataSource.getUsername());
		args.add("--spring.datasource.password=" + this.dataSource.getPassword());
		args.add("--newsline.fetch.allowed-networks=127.0.0.0/8");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = WebImportCommand.run(NewslineApplication.class, args.toArray(String[]::new),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	record Result(int status, String output) {
	}

}
