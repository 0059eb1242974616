package org.newsline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-importing a changed article refreshes what the importer made and keeps every change
 * an editor made, and importing the same files again changes nothing.
 */
@NewslineIntegrationTest
class ReimportIntegrationTests {

	private static final String STORY = """
			Flooding closed the main highway into Porto Alegre on Tuesday, the state government said.

			Governor Eduardo Leite said on Wednesday that rescue teams had reached the stranded villages, \
			according to a statement from his office.

			The national weather service warned that more rain was expected over the weekend.
			""";

	@TempDir
	Path folder;

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EventRepository events;

	@Autowired
	ClaimRepository claims;

	@BeforeEach
	void writeArticle() throws IOException {
		this.cleaner.clean();
		Files.writeString(this.folder.resolve("floods.txt"), STORY, StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("sources.csv"),
				"file,outlet,url,published,title\nfloods.txt,Regional Wire,https://example.org/floods,2024-05-09,Floods cut highway\n");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void keepsAnEditorsChangesWhenTheArticleChanges() throws IOException {
		ImportReport first = this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");
		assertThat(first.files()).singleElement()
			.satisfies((f) -> assertThat(f.outcome()).isEqualTo(FileOutcome.CREATED));
		assertThat(this.events.count()).isPositive();
		assertThat(this.claims.count()).isPositive();

		signInAs("editor");
		long[] ids = this.tx.execute((status) -> {
			Event event = this.events.findAll().get(0);
			event.edit("Highway to Porto Alegre closed by floods", event.getSummary(), event.getDate(), Instant.now());
			event.publish(Instant.now());
			Claim claim = this.claims.findAll().get(0);
			claim.judge(Verdict.CORROBORATED, "Confirmed by the highway authority's bulletin.", Instant.now());
			return new long[] { event.getId(), claim.getId() };
		});
		SecurityContextHolder.clearContext();

		Files.writeString(this.folder.resolve("floods.txt"),
				"\nOfficials said on Thursday that the highway would reopen within a week.\n",
				StandardOpenOption.APPEND);
		ImportReport second = this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");

		assertThat(second.files()).singleElement().satisfies((f) -> {
			assertThat(f.outcome()).isEqualTo(FileOutcome.UPDATED);
			assertThat(f.keptEdits()).isPositive();
		});
		this.tx.executeWithoutResult((status) -> {
			Event event = this.events.findById(ids[0]).orElseThrow();
			assertThat(event.getTitle()).isEqualTo("Highway to Porto Alegre closed by floods");
			assertThat(event.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
			assertThat(event.getSources()).isNotEmpty();
			Claim claim = this.claims.findById(ids[1]).orElseThrow();
			assertThat(claim.getVerdict()).isEqualTo(Verdict.CORROBORATED);
			assertThat(claim.getVerdictRationale()).isEqualTo("Confirmed by the highway authority's bulletin.");
		});
		assertThat(this.events.findAll())
			.filteredOn((e) -> e.getTitle().equals("Highway to Porto Alegre closed by floods"))
			.hasSize(1);
	}

	@Test
	void yieldsTheSameCountsWhenAChangedArticleIsImportedTwice() throws IOException {
		this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");
		Files.writeString(this.folder.resolve("floods.txt"),
				"\nThe army sent helicopters on Friday to evacuate residents.\n", StandardOpenOption.APPEND);
		this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");
		List<Long> counts = List.of(this.events.count(), this.claims.count());

		ImportReport third = this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test");

		assertThat(third.files()).singleElement()
			.satisfies((f) -> assertThat(f.outcome()).isEqualTo(FileOutcome.UNCHANGED));
		assertThat(List.of(this.events.count(), this.claims.count())).isEqualTo(counts);
	}

	@Test
	void refusesASecondImportWhileOneHoldsTheLock(@Autowired ImportLock lock) {
		try (ImportLock.Held held = lock.acquire()) {
			assertThat(this.importer.isRunning()).isTrue();
			org.assertj.core.api.Assertions.assertThatExceptionOfType(ImportAlreadyRunningException.class)
				.isThrownBy(() -> this.importer.importFolder(this.folder, ImportRun.Trigger.CLI, "test"));
		}
		assertThat(this.importer.isRunning()).isFalse();
	}

	private static void signInAs(String name) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
