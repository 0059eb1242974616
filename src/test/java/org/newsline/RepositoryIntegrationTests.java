package org.newsline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.AliasKey;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Evidence;
import org.newsline.article.EvidenceRepository;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.DatePrecision;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.Tag;
import org.newsline.event.TagRepository;
import org.newsline.ingest.FileOutcome;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.ImportRunRepository;
import org.newsline.shared.Origin;
import org.newsline.shared.TextSpan;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every aggregate survives a round trip through PostgreSQL with its associations.
 */
@NewslineIntegrationTest
class RepositoryIntegrationTests {

	private static final Instant NOW = Instant.parse("2025-12-30T10:00:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ArticleRepository articles;

	@Autowired
	EvidenceRepository evidence;

	@Autowired
	ActorRepository actors;

	@Autowired
	EventRepository events;

	@Autowired
	TagRepository tags;

	@Autowired
	ClaimRepository claims;

	@Autowired
	ImportRunRepository runs;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void findsAnArticleByItsKeyWithItsEvidence() {
		Article article = this.fixtures.article("a.txt", "The minister resigned on Friday.", LocalDate.of(2025, 3, 7),
				"Wire");
		Event event = this.fixtures.event("Minister resigns", EventDate.day(LocalDate.of(2025, 3, 7)), List.of(),
				List.of(article));
		this.tx.executeWithoutResult((status) -> this.evidence.save(Evidence.forEvent(event.getId(),
				this.articles.findById(article.getId()).orElseThrow(), new TextSpan(4, 12), "The minister resigned.")));

		Article found = this.articles.findBySourceKey("a.txt").orElseThrow();
		assertThat(found.getPublishedOn()).isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(found.getOutlet()).isEqualTo("Wire");
		assertThat(this.evidence.findByArticleIdOrderBySpanStart(found.getId())).singleElement()
			.satisfies((e) -> assertThat(e.getSpan()).isEqualTo(new TextSpan(4, 12)));
	}

	@Test
	void findsAnActorByAnyAliasIgnoringCaseAndAccents() {
		this.fixtures.actor("Nicolás Maduro", ActorKind.PERSON, "Maduro", "President Nicolás Maduro");

		List<Actor> found = this.actors.findByAliasKeys(List.of(AliasKey.of("NICOLAS MADURO").value()));
		assertThat(found).extracting(Actor::getName).containsExactly("Nicolás Maduro");
		assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of("maduro").value()))).hasSize(1);
	}

	@Test
	void savesAnEventWithActorsSourcesAndTags() {
		Article article = this.fixtures.article("b.txt", "Officials met in Geneva on Tuesday for talks.",
				LocalDate.of(2025, 5, 1), "Daily");
		Actor envoy = this.fixtures.actor("Jane Roe", ActorKind.PERSON);
		Event saved = this.fixtures.event("Talks held in Geneva", EventDate.day(LocalDate.of(2025, 4, 29)),
				List.of(envoy), List.of(article));
		this.tx.executeWithoutResult((status) -> {
			Event event = this.events.findById(saved.getId()).orElseThrow();
			event.tag(this.tags.save(new Tag("Diplomacy")));
		});

		this.tx.executeWithoutResult((status) -> {
			Event event = this.events.findBySlug("talks-held-in-geneva").orElseThrow();
			assertThat(event.getDate().precision()).isEqualTo(DatePrecision.DAY);
			assertThat(event.getParticipations()).extracting((p) -> p.getActor().getName()).containsExactly("Jane Roe");
			assertThat(event.getSources()).singleElement()
				.satisfies((s) -> assertThat(s.getQuote()).isEqualTo(article.getBody().substring(0, 40)));
			assertThat(event.getTags()).extracting(Tag::getName).containsExactly("Diplomacy");
		});
	}

	@Test
	void savesAClaimWithItsContradictionAndCounterSource() {
		Article article = this.fixtures.article("c.txt", "The ministry denied the report about the deal.",
				LocalDate.of(2025, 5, 2), "Daily");
		Actor ministry = this.fixtures.actor("Ministry of Trade", ActorKind.ORGANIZATION);
		Event event = this.fixtures.event("Deal reported", EventDate.month(2025, 5), List.of(ministry),
				List.of(article));
		Claim first = this.fixtures.claim(ministry, "A deal was signed.", event, article);
		Claim denial = this.fixtures.claim(ministry, "No deal was signed.", event, article);
		this.tx.executeWithoutResult((status) -> {
			Claim claim = this.claims.findById(denial.getId()).orElseThrow();
			claim.contradict(this.claims.findById(first.getId()).orElseThrow());
			claim.judge(Verdict.CORROBORATED, "Two documents confirm it.", NOW);
			claim.addCounterSource(null, "https://example.org/documents", "Documents", "the documents");
		});

		this.tx.executeWithoutResult((status) -> {
			Claim claim = this.claims.findById(denial.getId()).orElseThrow();
			assertThat(claim.getContradicts()).extracting(Claim::getId).containsExactly(first.getId());
			assertThat(claim.getVerdict()).isEqualTo(Verdict.CORROBORATED);
			assertThat(claim.getCounterSources()).hasSize(1);
			assertThat(claim.getHedgeCues()).containsExactly("claimed");
		});
	}

	@Test
	void recordsAnImportRunFileByFile() {
		ImportRun saved = this.tx.execute((status) -> {
			ImportRun run = new ImportRun("admin", ImportRun.Trigger.ADMIN, 2, NOW);
			run.start(NOW);
			run.record("good.txt", FileOutcome.CREATED, null);
			run.record("bad.bin", FileOutcome.FAILED, "binary file");
			run.finish(NOW, null);
			return this.runs.save(run);
		});

		ImportRun found = this.runs.findWithFilesById(saved.getId()).orElseThrow();
		assertThat(found.getFiles()).extracting((f) -> f.getFileName() + ":" + f.getOutcome())
			.containsExactly("good.txt:CREATED", "bad.bin:FAILED");
		assertThat(this.runs.findFirstByOrderByIdDesc())
			.hasValueSatisfying((latest) -> assertThat(latest.getId()).isEqualTo(saved.getId()));
	}

	@Test
	void keepsAnEditorsAliasWhenTheImporterAddsOthers() {
		Actor actor = this.fixtures.actor("Central Intelligence Agency", ActorKind.ORGANIZATION);
		this.tx.executeWithoutResult((status) -> {
			Actor managed = this.actors.findById(actor.getId()).orElseThrow();
			assertThat(managed.addAlias("CIA", Origin.EDITOR)).isTrue();
			assertThat(managed.addAlias("cia", Origin.IMPORT)).isFalse();
		});
		assertThat(this.actors.findWithAliasesByIdIn(List.of(actor.getId())).get(0).getAliases())
			.extracting((a) -> a.getName() + "/" + a.getOrigin())
			.containsExactly("Central Intelligence Agency/IMPORT", "CIA/EDITOR");
	}

	@Test
	void mergesAnEventWithItsSourcesActorsAndTagsIntoAnother() {
		Article article = this.fixtures.article("m.txt", "Two reports of one protest in the capital on Sunday.",
				LocalDate.of(2025, 4, 7), "Wire");
		Actor unions = this.fixtures.actor("Dock Workers Union", ActorKind.ORGANIZATION);
		Event winner = this.fixtures.event("Protest in the capital", EventDate.day(LocalDate.of(2025, 4, 6)), List.of(),
				List.of());
		Event loser = this.fixtures.event("Capital protest", EventDate.day(LocalDate.of(2025, 4, 6)), List.of(unions),
				List.of(article));
		this.tx.executeWithoutResult((status) -> {
			Event managedLoser = this.events.findById(loser.getId()).orElseThrow();
			managedLoser.tag(this.tags.save(new Tag("Protests")));
		});

		this.tx.executeWithoutResult((status) -> this.events.findById(winner.getId())
			.orElseThrow()
			.absorb(this.events.findById(loser.getId()).orElseThrow(), NOW));

		this.tx.executeWithoutResult((status) -> {
			Event merged = this.events.findById(winner.getId()).orElseThrow();
			assertThat(merged.getSources()).singleElement()
				.satisfies((s) -> assertThat(s.getArticle().getSourceKey()).isEqualTo("m.txt"));
			assertThat(merged.getParticipations()).extracting((p) -> p.getActor().getName())
				.containsExactly("Dock Workers Union");
			assertThat(merged.getTags()).extracting(Tag::getName).containsExactly("Protests");
			Event gone = this.events.findById(loser.getId()).orElseThrow();
			assertThat(gone.getMergedIntoId()).isEqualTo(winner.getId());
			assertThat(gone.getSources()).isEmpty();
		});
	}

	@Test
	void mergesAnActorsAliasesIntoAnother() {
		Actor winner = this.fixtures.actor("Central Intelligence Agency", ActorKind.ORGANIZATION);
		Actor loser = this.fixtures.actor("CIA", ActorKind.ORGANIZATION, "the agency");

		this.tx.executeWithoutResult((status) -> this.actors.findById(winner.getId())
			.orElseThrow()
			.absorb(this.actors.findById(loser.getId()).orElseThrow()));

		assertThat(this.actors.findWithAliasesByIdIn(List.of(winner.getId())).get(0).getAliases())
			.extracting((a) -> a.getName())
			.containsExactlyInAnyOrder("Central Intelligence Agency", "CIA", "the agency");
		assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of("CIA").value()))).extracting(Actor::getId)
			.containsExactly(winner.getId());
	}

}
