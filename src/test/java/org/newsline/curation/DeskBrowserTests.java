package org.newsline.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's day in a real browser: an admin creates the editor, who reviews what the
 * importer drafted, edits, sources and fact-checks it, merges duplicates, reads the
 * history, survives a conflict with a colleague without losing a word, and a reader sees
 * the result.
 */
@NewslineIntegrationTest
class DeskBrowserTests {

	static final String BODY = "CARACAS — Venezuelan troops moved to the border on Monday, officials said. "
			+ "Defence minister Vladimir Padrino said the deployment was purely defensive. "
			+ "Opposition leaders rejected this claim as propaganda.";

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Fixtures fixtures;

	Article article;

	Actor padrino;

	Actor duplicate;

	Event deployment;

	Claim defensive;

	@BeforeEach
	void importedStory() {
		this.cleaner.clean();
		this.article = this.fixtures.article("border.txt", BODY, LocalDate.of(2025, 10, 7), "Daily Wire");
		this.padrino = this.fixtures.actor("Vladimir Padrino López", ActorKind.PERSON, "Padrino");
		this.duplicate = this.fixtures.actor("Defence Minister Padrino", ActorKind.PERSON);
		this.deployment = this.fixtures.event("Troops move to the border", EventDate.day(LocalDate.of(2025, 10, 6)),
				List.of(this.padrino), List.of(this.article));
		this.fixtures.evidence(this.deployment, this.article, "Venezuelan troops moved to the border on Monday");
		this.defensive = this.fixtures.claimQuoting(this.duplicate, "the deployment was purely defensive",
				this.deployment, this.article,
				"Defence minister Vladimir Padrino said the deployment was purely defensive.");
	}

	@Test
	void editorCuratesAnImportedStoryAndAReaderSeesTheResult() {
		String editorName = "ed-" + UUID.randomUUID().toString().substring(0, 6);
		String eventPath = "/desk/events/" + this.deployment.getId();
		try (DeskBrowser browser = DeskBrowser.open(this.port)) {
			browser.signIn("admin", "integration-admin-pw");
			browser.go("/admin/users");
			browser.type("#username", editorName);
			browser.choose("#role", "Editor");
			browser.press("Create account");
			String password = browser.text("#issued-password");
			assertThat(password).hasSize(24);
			assertThat(browser.text("#account-" + editorName)).contains("enabled");
			browser.screenshot("desk-01-admin-created-editor");
			browser.signOut();

			browser.signIn(editorName, password);
			assertThat(browser.path()).as("a generated password is replaced first").isEqualTo("/account/password");
			assertThat(browser.text("#password-required")).contains("generated password");
			browser.go("/desk");
			assertThat(browser.path()).isEqualTo("/account/password");
			browser.type("#current", password);
			browser.type("#password", "lanterns-over-the-harbour");
			browser.type("#confirmation", "lanterns-over-the-harbour");
			browser.screenshot("desk-02a-generated-password-replaced");
			browser.press("Change password");
			assertThat(browser.path()).isEqualTo("/desk");
			assertThat(browser.texts("#event-" + this.deployment.getId() + " mark"))
				.contains("Venezuelan troops moved to the border on Monday");
			browser.screenshot("desk-02-review-queue");
			browser.click("button[value='PUBLISHED:event:" + this.deployment.getId() + "']");
			assertThat(browser.text("[role=status]")).isEqualTo("Published 1 item.");
			assertThat(browser.has("#event-" + this.deployment.getId())).isFalse();

			browser.go(eventPath);
			browser.type("#title", "Venezuelan troops deploy to the Colombian border");
			browser.type("#summary", "Troops moved to the border; the government called it defensive.");
			browser.type("#actor-1", "Colombian army");
			browser.choose("#newActorKind", "Organization");
			browser.press("Save event");
			assertThat(browser.text("[role=status]")).isEqualTo("Event saved.");
			assertThat(browser.text("h1")).isEqualTo("Venezuelan troops deploy to the Colombian border");
			assertThat(browser.value("#actor-1")).isEqualTo("Colombian army");

			browser.choose("#source-article", "Daily Wire — Report border.txt");
			browser.type("#source-quote", "opposition leaders rejected it");
			browser.press("Attach quote");
			assertThat(browser.text("#source-quote-error")).contains("does not occur in the article");
			assertThat(browser.value("#source-quote")).isEqualTo("opposition leaders rejected it");
			browser.screenshot("desk-03-quote-refused-beside-field");
			browser.type("#source-quote", "Opposition leaders rejected this claim as propaganda.");
			browser.press("Attach quote");
			assertThat(browser.text("[role=status]")).isEqualTo("Source attached.");
			assertThat(browser.text("#sources")).contains("Opposition leaders rejected this claim as propaganda.");
			browser.screenshot("desk-04-event-edited-and-sourced");

			browser.go("/desk/claims/" + this.defensive.getId());
			browser.choose("#verdict", "Disputed");
			browser.press("Save verdict");
			assertThat(browser.text("#rationale-error")).contains("needs a rationale");
			browser.type("#rationale", "The opposition calls it propaganda; no independent confirmation.");
			browser.choose("#counter-article", "Daily Wire — Report border.txt");
			browser.type("#counter-quote", "Opposition leaders rejected this claim as propaganda.");
			browser.press("Save verdict");
			assertThat(browser.text("[role=status]")).isEqualTo("Verdict saved.");
			assertThat(browser.text(".current-claim")).contains("disputed").contains("no independent confirmation");
			browser.screenshot("desk-05-claim-disputed");

			browser.go("/desk/merge/actors");
			browser.choose("#winner", "Vladimir Padrino López (person)");
			browser.choose("#loser", "Defence Minister Padrino (person)");
			browser.press("Merge");
			assertThat(browser.text("[role=status]")).startsWith("Actors merged");
			assertThat(browser.value("#actor-aliases")).contains("Defence Minister Padrino");
			browser.screenshot("desk-06-actors-merged");

			browser.go("/desk/history/events/" + this.deployment.getId());
			browser.tick("table.revisions tbody tr:first-child input[name=from]");
			browser.press("Compare");
			assertThat(browser.text("table.diff")).contains("Title (changed)")
				.contains("Venezuelan troops deploy to the Colombian border");
			assertThat(browser.text("table.revisions")).contains(editorName);
			browser.screenshot("desk-07-history-diff");

			try (DeskBrowser colleague = DeskBrowser.open(this.port)) {
				colleague.signIn("admin", "integration-admin-pw");
				browser.go(eventPath);
				colleague.go(eventPath);
				colleague.type("#title", "Troops deploy to the border, says Caracas");
				colleague.press("Save event");
				assertThat(colleague.text("[role=status]")).isEqualTo("Event saved.");

				browser.type("#summary", "My long, careful summary that must not be lost.");
				browser.press("Save event");
				assertThat(browser.text("h1")).isEqualTo("Someone else changed this event first");
				assertThat(browser.text("table.compare")).contains("Troops deploy to the border, says Caracas");
				assertThat(browser.value("#summary")).isEqualTo("My long, careful summary that must not be lost.");
				browser.screenshot("desk-08-conflict-keeps-input");
				browser.type("#title", "Troops deploy to the border, says Caracas");
				browser.press("Save my version over the current one");
				assertThat(browser.text("[role=status]")).isEqualTo("Event saved.");
				assertThat(browser.value("#summary")).isEqualTo("My long, careful summary that must not be lost.");
			}

			browser.signOut();
			browser.go("/");
			assertThat(browser.pageText()).contains("Troops deploy to the border, says Caracas")
				.contains("My long, careful summary that must not be lost.");
			browser.screenshot("desk-09-reader-timeline");
		}
	}

}
