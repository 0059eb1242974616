package org.newsline.timeline.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import org.newsline.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous readers of the same view get the page rendered once per data change: the same
 * bytes and headers, without a database query, and never a page older than the data or
 * one rendered for a signed-in editor.
 */
@NewslineIntegrationTest
class ReaderPageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	AccountService accounts;

	@Autowired
	Statements statements;

	Http http;

	@BeforeEach
	void setUp() {
		this.cleaner.clean();
		this.http = new Http(this.port);
		this.fixtures.event("Talks collapse", EventDate.day(LocalDate.of(2025, 10, 6)), List.of(), List.of());
	}

	@Test
	void aSecondReaderOfAViewGetsTheSamePageWithoutADatabaseQuery() {
		HttpResponse<String> first = this.http.page("/?q=talks");
		assertThat(first.statusCode()).isEqualTo(200);
		long before = this.statements.prepared();

		HttpResponse<String> second = this.http.page("/?q=talks");

		assertThat(this.statements.prepared() - before).isZero();
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("/events/talks-collapse");
		for (String header : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary",
				"Content-Security-Policy", "X-Content-Type-Options")) {
			assertThat(second.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
		}
		assertThat(this.http.page("/?q=nothing-like-it").body()).as("another view is its own page")
			.doesNotContain("/events/talks-collapse");
	}

	@Test
	void aChangeReachesTheNextReaderAtOnce() {
		assertThat(this.http.page("/").body()).doesNotContain("Officials meet");
		assertThat(this.http.get("/api/events", "application/json").body()).doesNotContain("Officials meet");

		this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)), List.of(), List.of());

		assertThat(this.http.page("/").body()).contains("Officials meet");
		assertThat(this.http.get("/api/events", "application/json").body()).contains("Officials meet");
	}

	@Test
	void editorsAndReadersNeverSeeEachOthersPages() {
		String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(name, "a-long-editor-passphrase", Role.EDITOR);
		assertThat(this.http.page("/").body()).contains("Sign in").doesNotContain("Sign out");

		WebSession editor = WebSession.signIn(this.port, name, "a-long-editor-passphrase");
		HttpResponse<String> editorsPage = editor.get("/");
		assertThat(editorsPage.body()).contains("Sign out").contains(name).contains("Desk");
		assertThat(editorsPage.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

		assertThat(this.http.page("/").body()).contains("Sign in").doesNotContain("Sign out").doesNotContain(name);
	}

	@Test
	void aMissingPageIsNotKept() {
		assertThat(this.http.page("/events/officials-meet").statusCode()).isEqualTo(404);
		this.fixtures.event("Officials meet", EventDate.day(LocalDate.of(2025, 12, 1)), List.of(), List.of());
		assertThat(this.http.page("/events/officials-meet").statusCode()).isEqualTo(200);
	}

}
