package org.newsline.ingest.quality;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsline.event.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScoreTests {

	private static final String FILE = "a.txt";

	private static final String OTHER_FILE = "b.txt";

	private static final LocalDate MONDAY = LocalDate.of(2025, 10, 6);

	private static final Gold.Actor MADURO = new Gold.Actor("Nicolás Maduro", "PERSON", List.of("Maduro"));

	private static final Gold.Actor TRUMP = new Gold.Actor("Donald Trump", "PERSON", List.of("Trump"));

	private static Gold gold(List<Gold.Actor> actors, List<Gold.Event> events, List<Gold.Claim> claims) {
		return new Gold(List.of(), actors, events, claims);
	}

	private static Gold.Event interview() {
		return new Gold.Event("interview", "a televised interview", MONDAY, MONDAY, DatePrecision.DAY, List.of(FILE),
				List.of("interview", "televised"));
	}

	private static Gold.Event strike() {
		return new Gold.Event("strike", "a drone strike", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
				DatePrecision.MONTH, List.of(FILE, OTHER_FILE), List.of("drone"));
	}

	private static Extracted.Event event(String title, LocalDate start, LocalDate end, DatePrecision precision,
			String... files) {
		return new Extracted.Event(title, title + ".", start, end, precision, Set.of(files));
	}

	private static Extracted.Actor actor(String name, String... aliases) {
		return new Extracted.Actor(name, List.of(aliases));
	}

	private static Extracted actors(Extracted.Actor... actors) {
		return new Extracted(List.of(actors), List.of(), List.of());
	}

	private static Extracted events(Extracted.Event... events) {
		return new Extracted(List.of(), List.of(events), List.of());
	}

	private static Extracted claims(Extracted.Claim... claims) {
		return new Extracted(List.of(), List.of(), List.of(claims));
	}

	@Test
	void countsAGoldActorOnceHoweverManyExtractedActorsMatchIt() {
		ExtractionScore score = ExtractionScore.of(gold(List.of(MADURO, TRUMP), List.of(), List.of()),
				actors(actor("Nicolas Maduro"), actor("President Maduro", "MADURO"), actor("Reuters")));
		assertThat(score.actorPrecision()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(score.actorRecall()).isEqualTo(0.5);
		assertThat(score.missedActors()).containsExactly("Donald Trump");
		assertThat(score.spuriousActors()).containsExactly("Reuters");
	}

	@Test
	void matchesActorsThroughAnyFormIgnoringCaseAccentsAndPeriods() {
		Gold.Actor us = new Gold.Actor("United States", "COUNTRY", List.of("U.S."));
		ExtractionScore score = ExtractionScore.of(gold(List.of(us, MADURO), List.of(), List.of()),
				actors(actor("US"), actor("NICOLÁS MADURO")));
		assertThat(score.actorPrecision()).isEqualTo(1.0);
		assertThat(score.actorRecall()).isEqualTo(1.0);
	}

	@Test
	void findsAnEventOnlyWhenTheDatesOverlapAndAKeywordOccurs() {
		Gold gold = gold(List.of(), List.of(interview()), List.of());
		ExtractionScore misses = ExtractionScore.of(gold,
				events(event("Maduro gives an interview", MONDAY.plusDays(1), MONDAY.plusDays(1), DatePrecision.DAY),
						event("Maduro speaks", MONDAY, MONDAY, DatePrecision.DAY)));
		assertThat(misses.eventRecall()).isZero();
		assertThat(misses.missedEvents()).containsExactly("interview");
		ExtractionScore finds = ExtractionScore.of(gold,
				events(event("Maduro says in a TV Interview", MONDAY.minusDays(6), MONDAY, DatePrecision.RANGE)));
		assertThat(finds.eventRecall()).isEqualTo(1.0);
	}

	@Test
	void readsKeywordsAsWholeWordsToleratingInflections() {
		Gold.Event briefings = new Gold.Event("briefings", "allies briefed", MONDAY, MONDAY, DatePrecision.DAY,
				List.of(FILE), List.of("briefing", "scrambled", "show of force"));
		Gold gold = gold(List.of(), List.of(briefings), List.of());
		assertThat(ExtractionScore
			.of(gold, events(event("US briefs allies in briefings", MONDAY, MONDAY, DatePrecision.DAY)))
			.eventRecall()).isEqualTo(1.0);
		assertThat(
				ExtractionScore.of(gold, events(event("Venezuela scrambles jets", MONDAY, MONDAY, DatePrecision.DAY)))
					.eventRecall())
			.isEqualTo(1.0);
		assertThat(ExtractionScore.of(gold, events(event("A Show of Force", MONDAY, MONDAY, DatePrecision.DAY)))
			.eventRecall()).isEqualTo(1.0);
		assertThat(
				ExtractionScore.of(gold, events(event("Force shown", MONDAY, MONDAY, DatePrecision.DAY))).eventRecall())
			.isZero();
		assertThat(
				ExtractionScore.of(gold, events(event("Debriefing", MONDAY, MONDAY, DatePrecision.DAY))).eventRecall())
			.isZero();
	}

	@Test
	void countsADateAccurateOnlyWithTheGoldStartAndPrecision() {
		Gold gold = gold(List.of(), List.of(interview(), strike()), List.of());
		ExtractionScore score = ExtractionScore.of(gold,
				events(event("Televised address", MONDAY, MONDAY, DatePrecision.DAY), event("CIA drone hits a dock",
						LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 30), DatePrecision.RANGE)));
		assertThat(score.eventRecall()).isEqualTo(1.0);
		assertThat(score.dateAccuracy()).isEqualTo(0.5);
		assertThat(score.misdated()).singleElement().asString().startsWith("strike");
	}

	@Test
	void acceptsAnyIdentifyingEventWithTheRightDate() {
		Gold gold = gold(List.of(), List.of(strike()), List.of());
		ExtractionScore score = ExtractionScore.of(gold,
				events(event("Drone strike", LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 30),
						DatePrecision.RANGE, FILE),
						event("Drone strike on a port", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
								DatePrecision.MONTH, OTHER_FILE)));
		assertThat(score.dateAccuracy()).isEqualTo(1.0);
		assertThat(score.eventPrecision()).isEqualTo(1.0);
		assertThat(score.mergeRate()).as("no single event cites both files").isZero();
	}

	@Test
	void countsAMultiSourceEventMergedWhenOneEventCitesEveryFile() {
		Gold gold = gold(List.of(), List.of(strike()), List.of());
		ExtractionScore score = ExtractionScore.of(gold, events(event("Drone strike", LocalDate.of(2025, 12, 1),
				LocalDate.of(2025, 12, 31), DatePrecision.MONTH, FILE, OTHER_FILE)));
		assertThat(score.multiFileFound()).isEqualTo(1);
		assertThat(score.mergeRate()).isEqualTo(1.0);
	}

	@Test
	void measuresLooseEventPrecisionOverExtractedEvents() {
		Gold gold = gold(List.of(), List.of(interview()), List.of());
		ExtractionScore score = ExtractionScore.of(gold,
				events(event("Televised interview", MONDAY, MONDAY, DatePrecision.DAY),
						event("Something else", MONDAY, MONDAY, DatePrecision.DAY),
						event("Another thing", MONDAY, MONDAY, DatePrecision.DAY),
						event("Interview", MONDAY, MONDAY, DatePrecision.DAY)));
		assertThat(score.eventPrecision()).isEqualTo(0.5);
	}

	@Test
	void findsAClaimInItsFileWhenEveryKeywordOccurs() {
		Gold.Claim claim = new Gold.Claim("Nicolás Maduro", false, FILE, List.of("false flag", "embassy"), true, false);
		Gold gold = gold(List.of(MADURO), List.of(), List.of(claim));
		Extracted.Actor maduro = actor("Maduro");
		assertThat(ExtractionScore
			.of(gold, claims(Extracted.Claim.byActor(OTHER_FILE, "a false flag attack on the embassy", maduro)))
			.claimRecall()).isZero();
		assertThat(ExtractionScore.of(gold, claims(Extracted.Claim.byActor(FILE, "a false flag attack", maduro)))
			.claimRecall()).isZero();
		ExtractionScore found = ExtractionScore.of(gold,
				claims(Extracted.Claim.byActor(FILE, "a “False-Flag” attack on the Embassy", maduro)));
		assertThat(found.claimRecall()).isEqualTo(1.0);
		assertThat(found.speakerAccuracy()).isEqualTo(1.0);
	}

	@Test
	void attributesToAnActorThroughTheGoldActorsAliases() {
		Gold.Claim claim = new Gold.Claim("Donald Trump", false, FILE, List.of("dock"), false, false);
		Gold gold = gold(List.of(MADURO, TRUMP), List.of(), List.of(claim));
		assertThat(ExtractionScore.of(gold, claims(Extracted.Claim.byActor(FILE, "the dock", actor("Trump"))))
			.speakerAccuracy()).isEqualTo(1.0);
		ExtractionScore wrong = ExtractionScore.of(gold,
				claims(Extracted.Claim.byActor(FILE, "the dock", actor("United States", "US"))));
		assertThat(wrong.claimRecall()).isEqualTo(1.0);
		assertThat(wrong.speakerAccuracy()).isZero();
		assertThat(wrong.misattributed()).singleElement().asString().contains("found United States");
		assertThat(
				ExtractionScore.of(gold, claims(Extracted.Claim.byLabel(FILE, "the dock", "Trump"))).speakerAccuracy())
			.as("a label is not an actor")
			.isZero();
	}

	@Test
	void attributesToALabelContainingTheGoldLabelsHeadNoun() {
		Gold.Claim official = new Gold.Claim("an unnamed senior US official", true, FILE, List.of("message"), false,
				false);
		Gold.Claim sources = new Gold.Claim("sources who spoke to CNN", true, OTHER_FILE, List.of("dock"), false,
				false);
		Gold gold = gold(List.of(), List.of(), List.of(official, sources));
		ExtractionScore score = ExtractionScore.of(gold,
				claims(Extracted.Claim.byLabel(FILE, "the message", "The official"),
						Extracted.Claim.byLabel(OTHER_FILE, "a dock", "a source close to the operation")));
		assertThat(score.speakerAccuracy()).isEqualTo(1.0);
		ExtractionScore wrong = ExtractionScore.of(gold, claims(Extracted.Claim.byLabel(FILE, "the message", "Reuters"),
				Extracted.Claim.byActor(OTHER_FILE, "a dock", actor("CNN"))));
		assertThat(wrong.speakerAccuracy()).isZero();
	}

	@Test
	void findsTheHeadNounOfASpeakerLabel() {
		assertThat(Forms.headNoun("an unnamed senior US official")).isEqualTo("official");
		assertThat(Forms.headNoun("sources who spoke to CNN")).isEqualTo("sources");
		assertThat(Forms.headNoun("a government official familiar with the operation")).isEqualTo("official");
		assertThat(Forms.headNoun("an advisor to the Prime Minister")).isEqualTo("advisor");
		assertThat(Forms.headNoun("Trump's chief of staff")).isEqualTo("chief");
	}

	@Test
	void scoresNothingAgainstNothingAsZero() {
		ExtractionScore score = ExtractionScore.of(gold(List.of(), List.of(), List.of()),
				new Extracted(List.of(), List.of(), List.of()));
		assertThat(score.actorPrecision()).isZero();
		assertThat(score.eventRecall()).isZero();
		assertThat(score.dateAccuracy()).isZero();
		assertThat(score.speakerAccuracy()).isZero();
	}

	@Test
	void printsOneRowPerMeasureAndWhatWasMissed() {
		Gold gold = gold(List.of(MADURO, TRUMP), List.of(interview()), List.of());
		String table = ExtractionScore.of(gold, actors(actor("Maduro"))).table();
		assertThat(table).contains("actor precision", "100.0%", "actor recall", "50.0%", "1 of 2 gold found",
				"date accuracy", "claim-speaker accuracy");
		assertThat(table).contains("missed actors: Donald Trump", "missed events: interview");
	}

	@Test
	void readsAGoldFileWithDatesAndPrecisions() {
		String json = """
				{ "notes": ["n"],
				  "actors": [{ "name": "CIA", "kind": "ORGANIZATION", "aliases": [] }],
				  "events": [{ "id": "e", "description": "d", "start": "2019-01-01", "end": "2019-12-31",
				               "precision": "YEAR", "files": ["a.txt"], "keywords": ["rupture"] }],
				  "claims": [{ "speaker": "experts", "speakerIsLabel": true, "file": "a.txt",
				               "keywords": ["regime"], "hedged": false, "disputed": true }] }
				""";
		Gold gold = Gold.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(gold.actors()).extracting(Gold.Actor::name).containsExactly("CIA");
		assertThat(gold.events().get(0).end()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(gold.events().get(0).precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(gold.claims().get(0).disputed()).isTrue();
	}

}
