package org.newsline.ingest.quality;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSource;
import org.newsline.event.ReviewStatus;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.ImportStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the seed folder the way the command line does, scores what was stored against
 * the hand-made gold file, prints the scores, and fails when extraction falls below what
 * it achieved when the thresholds were set.
 */
@NewslineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedExtractionQualityIntegrationTests {

	// CoreNLP and the rules are deterministic, so the scores are stable from run to run.
	// Each threshold sits just under the score measured when it was set (22 Nov 2026,
	// gold of 27 actors, 14 events, 27 claims): one more miss still passes, two fail the
	// build.

	/**
	 * Measured 0.931 (27 of 29 extracted actors are gold; "Reagan" and "Southern
	 * Caribbean" are not).
	 */
	static final double MIN_ACTOR_PRECISION = 0.90;

	/** Measured 0.963 (26 of 27; "Trump administration" is never found). */
	static final double MIN_ACTOR_RECALL = 0.92;

	/** Measured 1.0 (14 of 14, six of them from the recap list of 003). */
	static final double MIN_EVENT_RECALL = 0.90;

	/**
	 * Measured 0.929 (13 of 14; the drone strike keeps 001's guessed week, not 002's
	 * "this month").
	 */
	static final double MIN_DATE_ACCURACY = 0.85;

	/**
	 * Measured 0.889 (24 of 27; the garbled "one insider" sentence, the advisor and the
	 * New York Times are missed).
	 */
	static final double MIN_CLAIM_RECALL = 0.85;

	/** Measured 1.0 (24 of 24). */
	static final double MIN_SPEAKER_ACCURACY = 0.95;

	private static final Path SEEDS = Path.of("seeds");

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ActorRepository actors;

	@Autowired
	EventRepository events;

	@Autowired
	ClaimRepository claims;

	ImportReport report;

	ExtractionScore score;

	@BeforeAll
	void importAndScoreTheSeeds() {
		this.cleaner.clean();
		this.report = this.importer.importFolder(SEEDS, ImportRun.Trigger.CLI, "quality-test");
		Extracted extracted = this.tx.execute((status) -> stored());
		this.score = ExtractionScore.of(Gold.load(Gold.SEEDS), extracted);
		System.out.println();
		System.out.println("Extraction quality on the seed articles against " + Gold.SEEDS);
		System.out.println(this.score.table());
		System.out.println("Events stored:");
		extracted.events()
			.stream()
			.sorted(Comparator.comparing(Extracted.Event::start))
			.forEach((e) -> System.out.printf(Locale.ROOT, "  %s..%s %-5s %s %s%n", e.start(), e.end(), e.precision(),
					e.title(), e.files().stream().map((f) -> f.substring(0, 3)).sorted().toList()));
	}

	private Extracted stored() {
		List<Extracted.Actor> actors = this.actors.findAll()
			.stream()
			.filter((actor) -> actor.getMergedIntoId() == null)
			.map(SeedExtractionQualityIntegrationTests::actor)
			.toList();
		List<Extracted.Event> events = this.events.findAll()
			.stream()
			.filter((event) -> event.getMergedIntoId() == null && event.getStatus() != ReviewStatus.REJECTED)
			.map(SeedExtractionQualityIntegrationTests::event)
			.toList();
		List<Extracted.Claim> claims = this.claims.findAll()
			.stream()
			.filter((claim) -> claim.getStatus() != ReviewStatus.REJECTED && claim.getArticle() != null)
			.map(SeedExtractionQualityIntegrationTests::claim)
			.toList();
		return new Extracted(actors, events, claims);
	}

	private static Extracted.Actor actor(Actor actor) {
		return new Extracted.Actor(actor.getName(), actor.getAliases().stream().map(Alias::getName).toList());
	}

	private static Extracted.Event event(Event event) {
		Set<String> files = event.getSources()
			.stream()
			.map(EventSource::getArticle)
			.filter((article) -> article != null)
			.map((article) -> article.getSourceKey())
			.collect(Collectors.toSet());
		return new Extracted.Event(event.getTitle(), event.getSummary(), event.getDate().start(), event.getDate().end(),
				event.getDate().precision(), files);
	}

	private static Extracted.Claim claim(Claim claim) {
		String file = claim.getArticle().getSourceKey();
		Actor speaker = claim.getSpeaker();
		return (speaker != null) ? Extracted.Claim.byActor(file, claim.getText(), actor(speaker))
				: Extracted.Claim.byLabel(file, claim.getText(), String.valueOf(claim.getSpeakerLabel()));
	}

	@Test
	void importsEverySeedArticle() {
		assertThat(this.report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(this.report.counts().failed()).isZero();
		assertThat(this.report.files()).hasSize(4);
	}

	@Test
	void findsTheGoldActorsAndFewOthers() {
		assertThat(this.score.actorPrecision()).as("actor precision").isGreaterThanOrEqualTo(MIN_ACTOR_PRECISION);
		assertThat(this.score.actorRecall()).as("actor recall").isGreaterThanOrEqualTo(MIN_ACTOR_RECALL);
	}

	@Test
	void findsAndDatesTheGoldEvents() {
		assertThat(this.score.eventRecall()).as("event recall").isGreaterThanOrEqualTo(MIN_EVENT_RECALL);
		assertThat(this.score.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(MIN_DATE_ACCURACY);
	}

	@Test
	void findsTheGoldClaimsAndTheirSpeakers() {
		assertThat(this.score.claimRecall()).as("claim recall").isGreaterThanOrEqualTo(MIN_CLAIM_RECALL);
		assertThat(this.score.speakerAccuracy()).as("claim-speaker accuracy")
			.isGreaterThanOrEqualTo(MIN_SPEAKER_ACCURACY);
	}

}
