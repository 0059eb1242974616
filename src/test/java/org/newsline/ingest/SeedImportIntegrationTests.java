package org.newsline.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.AliasKey;
import org.newsline.actor.Alias;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.PublicationSource;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.DatePrecision;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSource;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four seed articles, imported as on a first start, yield the actors, events and
 * claims a reader of them would expect, with clean bodies and the manifest's dates.
 */
@NewslineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedImportIntegrationTests {

	private static final Path SEEDS = Path.of("seeds");

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ActorRepository actors;

	@Autowired
	EventRepository events;

	@Autowired
	ClaimRepository claims;

	ImportReport report;

	@BeforeAll
	void importSeeds() {
		this.cleaner.clean();
		this.report = this.importer.importFolder(SEEDS, ImportRun.Trigger.CLI, "test");
	}

	@Test
	void importsEveryArticleAndSkipsTheReadme() {
		assertThat(this.report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(this.report.files()).extracting(ImportReport.FileReport::outcome).containsOnly(FileOutcome.CREATED);
		assertThat(this.report.files()).hasSize(4);
		assertThat(this.report.message()).contains("README.md");
	}

	@Test
	void findsOneMaduroUnderAllHisNames() {
		Actor maduro = actor("Nicolás Maduro");
		assertThat(maduro.getName()).isEqualTo("Nicolás Maduro");
		assertThat(maduro.getAliases()).extracting(Alias::getName).contains("Nicolas Maduro", "Maduro");
		assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of("Maduro").value()))).hasSize(1);
	}

	@Test
	void findsThePeopleOrganizationsAndGroupsOfTheStory() {
		for (String name : List.of("Donald Trump", "Richard Grenell", "Pete Hegseth", "Allie Weiskopf",
				"María Corina Machado", "CIA", "Tren de Aragua")) {
			assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of(name).value()))).as(name).hasSize(1);
		}
		assertThat(actor("Pete Hegseth").getDescription()).isEqualTo("Secretary of Defense");
	}

	@Test
	void findsNoBoilerplateNamesAmongActors() {
		assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of("Charlie Kirk").value()))).isEmpty();
		assertThat(this.actors.findByAliasKeys(List.of(AliasKey.of("Aljazeera").value()))).isEmpty();
	}

	@Test
	void datesMadurosInterviewToTheMondayBeforePublication() {
		this.tx.executeWithoutResult((status) -> {
			Event interview = this.events.findAll()
				.stream()
				.filter((e) -> e.getDate().precision() == DatePrecision.DAY
						&& e.getDate().start().equals(LocalDate.of(2025, 10, 6)))
				.filter((e) -> e.getParticipations()
					.stream()
					.anyMatch((p) -> p.getActor().getName().equals("Nicolás Maduro")))
				.findFirst()
				.orElseThrow();
			assertThat(interview.getDate().phrase()).containsIgnoringCase("monday");
			assertThat(interview.getDate().anchor()).isEqualTo(LocalDate.of(2025, 10, 7));
		});
	}

	@Test
	void findsTrumpsInterviewOnTheTwentySixthAndTheBreakOfRelationsIn2019() {
		this.tx.executeWithoutResult((status) -> {
			List<Event> all = this.events.findAll();
			assertThat(all).anySatisfy((e) -> {
				assertThat(e.getDate().start()).isEqualTo(LocalDate.of(2025, 12, 26));
				assertThat(e.getDate().precision()).isEqualTo(DatePrecision.DAY);
				assertThat(e.getParticipations())
					.anySatisfy((p) -> assertThat(p.getActor().getName()).isEqualTo("Donald Trump"));
			});
			assertThat(all).anySatisfy((e) -> {
				assertThat(e.getDate().precision()).isEqualTo(DatePrecision.YEAR);
				assertThat(e.getDate().start().getYear()).isEqualTo(2019);
				assertThat(e.getSummary()).containsIgnoringCase("diplomatic relations");
			});
		});
	}

	@Test
	void reportsTheDroneStrikeAsOneEventWithSourcesFromBothRewrites() {
		this.tx.executeWithoutResult((status) -> {
			List<Event> strikes = this.events.findAll()
				.stream()
				.filter((e) -> cites(e, "001_") && cites(e, "002_"))
				.toList();
			assertThat(strikes).hasSize(1);
			Event strike = strikes.get(0);
			assertThat(strike.getTitle() + " " + strike.getSummary()).containsIgnoringCase("strike");
			assertThat(strike.getDate().overlaps(org.newsline.event.EventDate.month(2025, 12))).isTrue();
			assertThat(strike.independentSourceCount()).as("both are rewrites of one report").isEqualTo(1);
			assertThat(strike.getSources()).filteredOn((s) -> !s.isIndependent()).hasSize(1);
		});
	}

	@Test
	void recordsMadurosFalseFlagClaimAsHisAndHedged() {
		this.tx.executeWithoutResult((status) -> {
			Claim claim = this.claims.findAll()
				.stream()
				.filter((c) -> c.getText().toLowerCase().contains("false flag"))
				.filter((c) -> c.getSpeaker() != null && c.getSpeaker().getName().equals("Nicolás Maduro"))
				.findFirst()
				.orElseThrow();
			assertThat(claim.isHedged()).isTrue();
			assertThat(claim.getArticle().getSourceKey()).startsWith("000_");
		});
	}

	@Test
	void marksTheIntelligenceClaimDisputedByWeiskopfsRejection() {
		this.tx.executeWithoutResult((status) -> {
			Claim intelligence = this.claims.findAll()
				.stream()
				.filter((c) -> c.getText().contains("Special Operations Forces")
						&& c.getText().contains("intelligence"))
				.findFirst()
				.orElseThrow();
			assertThat(intelligence.getVerdict()).isEqualTo(Verdict.DISPUTED);
			assertThat(intelligence.isVerdictSuggested()).isTrue();
			Claim rejection = this.claims.findAll()
				.stream()
				.filter((c) -> c.getSpeaker() != null && c.getSpeaker().getName().equals("Allie Weiskopf"))
				.findFirst()
				.orElseThrow();
			assertThat(rejection.getContradicts()).contains(intelligence);
			assertThat(intelligence.getEvent()).as("the claim is about the strike its article reports").isNotNull();
			assertThat(intelligence.getEvent().getSummary()).containsIgnoringCase("strike");
			assertThat(rejection.getEvent()).isEqualTo(intelligence.getEvent());
		});
	}

	@Test
	void keepsNoBoilerplateAndEachParagraphOnce() {
		this.tx.executeWithoutResult((status) -> {
			for (Article article : this.articles.findAll()) {
				assertThat(article.getBody()).as(article.getSourceKey())
					.doesNotContain("Leave a Reply")
					.doesNotContain("Your email address will not be published")
					.doesNotContain("Related Posts")
					.doesNotContain("Charlie Kirk")
					.doesNotContain("creating an account")
					.doesNotContain("Source : Aljazeera");
			}
			String body = this.articles.findAll()
				.stream()
				.filter((a) -> a.getSourceKey().startsWith("001_"))
				.findFirst()
				.orElseThrow()
				.getBody();
			assertThat(body.split("The CIA has a long history of conducting covert operations", -1)).hasSize(2);
		});
	}

	@Test
	void takesOutletsAndDatesFromTheTextAndTheManifest() {
		Map<String, LocalDate> manifest = Map.of("000_", LocalDate.of(2025, 10, 7), "001_", LocalDate.of(2025, 12, 30),
				"002_", LocalDate.of(2025, 12, 30), "003_", LocalDate.of(2025, 10, 20));
		for (Article article : this.articles.findAll()) {
			String prefix = article.getSourceKey().substring(0, 4);
			assertThat(article.getPublishedOn()).as(article.getSourceKey()).isEqualTo(manifest.get(prefix));
			assertThat(article.getPublishedSource()).isEqualTo(PublicationSource.MANIFEST);
			if (prefix.equals("000_")) {
				assertThat(article.getOutlet()).isEqualTo("Aljazeera");
			}
			if (prefix.equals("002_")) {
				assertThat(article.getTitle())
					.isEqualTo("CIA’s Drone Strike Targets Venezuelan Port Facility: What We Know");
			}
		}
	}

	@Test
	void keepsEveryEvidenceSpanInsideItsArticle() {
		this.tx.executeWithoutResult((status) -> {
			for (Claim claim : this.claims.findAll()) {
				assertThat(claim.getSpan().end()).isLessThanOrEqualTo(claim.getArticle().getBody().length());
			}
			for (Event event : this.events.findAll()) {
				for (EventSource source : event.getSources()) {
					assertThat(source.getArticle().getBody()).contains(source.getQuote());
				}
			}
		});
	}

	@Test
	void changesNothingWhenTheSameFilesAreImportedAgain() {
		long actorCount = this.actors.count();
		long eventCount = this.events.count();
		long claimCount = this.claims.count();
		ImportReport again = this.importer.importFolder(SEEDS, ImportRun.Trigger.CLI, "test");
		assertThat(again.files()).extracting(ImportReport.FileReport::outcome).containsOnly(FileOutcome.UNCHANGED);
		assertThat(this.actors.count()).isEqualTo(actorCount);
		assertThat(this.events.count()).isEqualTo(eventCount);
		assertThat(this.claims.count()).isEqualTo(claimCount);
	}

	private Actor actor(String name) {
		List<Long> ids = this.actors.findByAliasKeys(List.of(AliasKey.of(name).value()))
			.stream()
			.map(Actor::getId)
			.toList();
		assertThat(ids).as(name).hasSize(1);
		return this.actors.findWithAliasesByIdIn(ids).get(0);
	}

	private static boolean cites(Event event, String filePrefix) {
		return event.getSources()
			.stream()
			.anyMatch((s) -> s.getArticle() != null && s.getArticle().getSourceKey().startsWith(filePrefix));
	}

}
