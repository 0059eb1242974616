package org.newsline.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsline.actor.ActorKind;
import org.newsline.actor.AliasKey;
import org.newsline.event.DatePrecision;
import org.newsline.ingest.nlp.NlpPipeline;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTests {

	// The pipeline holds its models statically: every test in this JVM shares one load.
	private static final ArticleExtractor extractor = new ArticleExtractor(new NlpPipeline());

	private static final Map<String, ArticleExtraction> seeds = new ConcurrentHashMap<>();

	private static ArticleExtraction seed(String prefix, LocalDate published) {
		return seeds.computeIfAbsent(prefix, key -> {
			try (var files = Files.list(Path.of("seeds"))) {
				Path file = files.filter(path -> path.getFileName().toString().startsWith(key + "_"))
					.findFirst()
					.orElseThrow();
				return extractor.extract(Files.readString(file), published);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static ArticleExtraction aljazeera() {
		return seed("000", LocalDate.of(2025, 10, 7));
	}

	private static ArticleExtraction strikeReport() {
		return seed("001", LocalDate.of(2025, 12, 30));
	}

	private static ArticleExtraction strikeRewrite() {
		return seed("002", LocalDate.of(2025, 12, 30));
	}

	private static ArticleExtraction briefings() {
		return seed("003", LocalDate.of(2025, 10, 20));
	}

	private static ActorDraft actor(ArticleExtraction extraction, String name) {
		return findActor(extraction, name).orElseThrow(() -> new AssertionError(
				"No actor " + name + " in " + extraction.actors().stream().map(ActorDraft::name).toList()));
	}

	private static Optional<ActorDraft> findActor(ArticleExtraction extraction, String name) {
		String key = AliasKey.of(name).value();
		return extraction.actors()
			.stream()
			.filter(actor -> AliasKey.of(actor.name()).value().equals(key)
					|| actor.aliases().stream().anyMatch(alias -> AliasKey.of(alias).value().equals(key)))
			.findFirst();
	}

	private static boolean involves(EventDraft event, ActorDraft actor) {
		return event.participants().stream().anyMatch(participant -> participant.actorKey().equals(actor.key()));
	}

	@Test
	void mergesTheSurfaceFormsOfMaduroUnderTheAccentedFullName() {
		ActorDraft maduro = actor(aljazeera(), "Maduro");
		assertThat(maduro.name()).isEqualTo("Nicolás Maduro");
		assertThat(maduro.kind()).isEqualTo(ActorKind.PERSON);
		assertThat(maduro.aliases()).contains("Nicolas Maduro", "Maduro");
		assertThat(maduro.description()).isEqualTo("President");
		assertThat(actor(aljazeera(), "Donald Trump").aliases()).contains("Trump");
		assertThat(actor(aljazeera(), "Richard Grenell").kind()).isEqualTo(ActorKind.PERSON);
	}

	@Test
	void neverTurnsNationalitiesCitiesOrTitlesIntoActors() {
		assertThat(aljazeera().actors()).extracting(ActorDraft::name)
			.doesNotContain("Venezuelan", "Caracas", "President", "he", "Washington");
	}

	@Test
	void datesTheTelevisedInterviewToTheMondayBeforePublication() {
		ActorDraft maduro = actor(aljazeera(), "Maduro");
		assertThat(aljazeera().events()).anySatisfy(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2025, 10, 6));
			assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
			assertThat(event.date().phrase()).isEqualTo("late on Monday");
			assertThat(event.date().anchor()).isEqualTo(LocalDate.of(2025, 10, 7));
			assertThat(involves(event, maduro)).isTrue();
			assertThat(event.title().split(" ")).hasSizeLessThanOrEqualTo(12);
		});
	}

	@Test
	void datesTheRuptureOfRelationsToItsYear() {
		assertThat(aljazeera().events()).anySatisfy(event -> {
			assertThat(event.date().precision()).isEqualTo(DatePrecision.YEAR);
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2019, 1, 1));
			assertThat(event.date().end()).isEqualTo(LocalDate.of(2019, 12, 31));
			assertThat(event.title()).containsIgnoringCase("rupture");
		});
	}

	@Test
	void attributesTheFalseFlagClaimToMaduroWithItsHedge() {
		String maduro = actor(aljazeera(), "Maduro").key();
		assertThat(aljazeera().claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(maduro);
			assertThat(claim.text()).contains("false flag").doesNotStartWith("Venezuelan President");
			assertThat(claim.hedgeCues()).contains("claimed");
		});
	}

	@Test
	void labelsTheUnnamedOfficialAsSpeaker() {
		assertThat(aljazeera().claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isNull();
			assertThat(claim.speakerLabel()).isEqualTo("An unnamed senior US official");
			assertThat(claim.text()).startsWith("Trump delivered the message to Grenell");
		});
	}

	@Test
	void findsTheCiaStrikeAndTheGangInTheFirstReport() {
		ArticleExtraction extraction = strikeReport();
		ActorDraft cia = actor(extraction, "CIA");
		assertThat(cia.kind()).isEqualTo(ActorKind.ORGANIZATION);
		ActorDraft gang = actor(extraction, "Tren de Aragua");
		assertThat(gang.kind()).isEqualTo(ActorKind.GROUP);
		assertThat(extraction.events()).anySatisfy(event -> {
			assertThat(involves(event, cia)).isTrue();
			assertThat(event.title()).containsIgnoringCase("drone strike");
			assertThat(event.date().end()).isEqualTo(LocalDate.of(2025, 12, 30));
			assertThat(event.date().approximate()).isTrue();
		});
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerLabel()).isEqualTo("a government official familiar with the operation");
			assertThat(claim.text()).contains("drone strike");
		});
	}

	@Test
	void foldsTheRepeatedParagraphsIntoTheSameEvents() {
		assertThat(strikeReport().events()).anySatisfy(event -> {
			assertThat(event.date().precision()).isEqualTo(DatePrecision.RANGE);
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2025, 9, 1));
			assertThat(event.otherSpans()).hasSize(1);
		});
		assertThat(strikeReport().claims()).extracting(ClaimDraft::text).doesNotHaveDuplicates();
	}

	@Test
	void resolvesTheDefiniteTitleToThePresidentMentionedBefore() {
		String trump = actor(strikeReport(), "Donald Trump").key();
		assertThat(strikeReport().claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(trump);
			assertThat(claim.text()).contains("\"hit\"");
			assertThat(claim.hedgeCues()).contains("claimed");
		});
	}

	@Test
	void datesTheStrikeToThisMonthAndTheInterviewToDecember26() {
		ArticleExtraction extraction = strikeRewrite();
		ActorDraft cia = actor(extraction, "CIA");
		ActorDraft trump = actor(extraction, "Donald Trump");
		assertThat(extraction.events()).anySatisfy(event -> {
			assertThat(event.date().precision()).isEqualTo(DatePrecision.MONTH);
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2025, 12, 1));
			assertThat(event.date().end()).isEqualTo(LocalDate.of(2025, 12, 31));
			assertThat(event.title()).containsIgnoringCase("strike");
			assertThat(involves(event, cia)).isTrue();
		});
		assertThat(extraction.events()).anySatisfy(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2025, 12, 26));
			assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
			assertThat(involves(event, trump)).isTrue();
		});
	}

	@Test
	void linksTheSpokespersonsRejectionToTheReportedClaim() {
		ArticleExtraction extraction = strikeRewrite();
		ActorDraft weiskopf = actor(extraction, "Allie Weiskopf");
		assertThat(weiskopf.aliases()).contains("Col. Allie Weiskopf");
		assertThat(weiskopf.description()).contains("spokesperson");
		ClaimDraft rejection = extraction.claims()
			.stream()
			.filter(claim -> weiskopf.key().equals(claim.speakerActorKey()))
			.findFirst()
			.orElseThrow();
		assertThat(rejection.stance()).isEqualTo(ClaimStance.REJECTION);
		assertThat(rejection.text()).startsWith("Special Operations did not support this operation");
		assertThat(rejection.contradicts()).isNotEmpty();
		ClaimDraft rejected = extraction.claims().get(rejection.contradicts().get(0));
		assertThat(rejected.speakerLabel()).isEqualTo("reports");
		assertThat(rejected.text()).contains("may have provided intelligence").doesNotContain("rejected");
		assertThat(rejected.hedgeCues()).contains("may have");
		assertThat(rejection.hedgeCues()).doesNotContain("may have");
	}

	@Test
	void takesTheDescriptionOfHegsethFromHisTitle() {
		ActorDraft hegseth = actor(strikeRewrite(), "Pete Hegseth");
		assertThat(hegseth.description()).isEqualTo("Secretary of Defense");
		assertThat(hegseth.aliases()).contains("Secretary of Defense Pete Hegseth");
	}

	@Test
	void recognisesTheStrikeReportedByBothArticlesAsOneOccurrence() {
		EventDraft first = strikeEvent(strikeReport());
		EventDraft second = strikeEvent(strikeRewrite());
		assertThat(OccurrenceMatcher.sameOccurrence(occurrence(strikeReport(), first),
				occurrence(strikeRewrite(), second)))
			.isTrue();
	}

	private static EventDraft strikeEvent(ArticleExtraction extraction) {
		return extraction.events()
			.stream()
			.filter(event -> event.title().toLowerCase().contains("strike"))
			.findFirst()
			.orElseThrow();
	}

	private static Occurrence occurrence(ArticleExtraction extraction, EventDraft event) {
		var keys = event.participants()
			.stream()
			.map(participant -> extraction.actors()
				.stream()
				.filter(actor -> actor.key().equals(participant.actorKey()))
				.findFirst()
				.orElseThrow())
			.map(actor -> AliasKey.of(actor.name()).value())
			.collect(Collectors.toSet());
		return new Occurrence(event.title(), event.summary(), event.date().start(), event.date().end(),
				event.date().precision(), keys);
	}

	@Test
	void findsMachadoAndTheCountriesOfTheBriefingsArticle() {
		assertThat(actor(briefings(), "Maria Corina Machado").kind()).isEqualTo(ActorKind.PERSON);
		ActorDraft unitedStates = actor(briefings(), "U.S.");
		assertThat(unitedStates.name()).isEqualTo("United States");
		assertThat(unitedStates.kind()).isEqualTo(ActorKind.COUNTRY);
		assertThat(briefings().notes()).anySatisfy(note -> assertThat(note).contains("future date"));
		assertThat(briefings().events())
			.allSatisfy(event -> assertThat(event.date().start()).isBeforeOrEqualTo(LocalDate.of(2025, 10, 20)));
	}

	@Test
	void attributesAStatementMadeOnADayOfTheWeek() {
		ArticleExtraction extraction = extractor.extract(
				"German Chancellor Olaf Scholz said on Tuesday that Germany would send more tanks to Ukraine.",
				LocalDate.of(2024, 3, 14));
		ActorDraft scholz = actor(extraction, "Olaf Scholz");
		assertThat(scholz.name()).isEqualTo("Olaf Scholz");
		assertThat(scholz.description()).isEqualTo("Chancellor");
		assertThat(extraction.actors()).extracting(ActorDraft::name)
			.contains("Germany", "Ukraine")
			.doesNotContain("German");
		assertThat(extraction.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(scholz.key());
			assertThat(claim.text()).isEqualTo("Germany would send more tanks to Ukraine");
			assertThat(claim.date().start()).isEqualTo(LocalDate.of(2024, 3, 12));
		});
		assertThat(extraction.events()).singleElement().satisfies(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2024, 3, 12));
			assertThat(event.title()).startsWith("Olaf Scholz says");
			assertThat(event.participants()).contains(new Participant(scholz.key(), "agent"));
		});
	}

	@Test
	void attributesAccordingToAndLinksADenial() {
		ArticleExtraction extraction = extractor.extract(
				"According to the ministry, the first shipment left the port last week. The company denied the report.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.claims()).hasSize(2);
		ClaimDraft reported = extraction.claims().get(0);
		assertThat(reported.speakerLabel()).isEqualTo("the ministry");
		assertThat(reported.text()).isEqualTo("the first shipment left the port last week");
		ClaimDraft denial = extraction.claims().get(1);
		assertThat(denial.speakerLabel()).isEqualTo("The company");
		assertThat(denial.stance()).isEqualTo(ClaimStance.REJECTION);
		assertThat(denial.contradicts()).containsExactly(0);
		assertThat(extraction.events()).singleElement()
			.satisfies(event -> assertThat(event.date().precision()).isEqualTo(DatePrecision.WEEK));
	}

	@Test
	void linksADenialOfReportsToTheReportsItNamesNotToTheClaimBefore() {
		ArticleExtraction extraction = extractor.extract("""
				According to the regional government, more than 2,000 people spent the night in shelters.

				The utility denied reports that its power station had been damaged.
				""", LocalDate.of(2024, 1, 3));
		ClaimDraft shelters = extraction.claims()
			.stream()
			.filter(claim -> claim.text().contains("shelters"))
			.findFirst()
			.orElseThrow();
		ClaimDraft denial = extraction.claims()
			.stream()
			.filter(claim -> claim.stance() != ClaimStance.STATEMENT)
			.findFirst()
			.orElseThrow();
		assertThat(denial.speakerLabel()).isEqualTo("The utility");
		assertThat(denial.contradicts()).isNotEmpty();
		ClaimDraft rejected = extraction.claims().get(denial.contradicts().get(0));
		assertThat(rejected).isNotEqualTo(shelters);
		assertThat(rejected.speakerLabel()).isEqualTo("reports");
		assertThat(rejected.text()).contains("its power station had been damaged");
	}

	@Test
	void resolvesAPronounSpeakerAndAnAcronym() {
		ArticleExtraction extraction = extractor.extract("""
				Health minister Maria Lopez praised the World Health Organization on Friday.
				“We were ready for this outbreak,” she added. The WHO said that cases had fallen since January.
				""", LocalDate.of(2024, 2, 20));
		ActorDraft lopez = actor(extraction, "Maria Lopez");
		ActorDraft who = actor(extraction, "WHO");
		assertThat(who.name()).isEqualTo("World Health Organization");
		assertThat(who.aliases()).contains("WHO");
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(lopez.key());
			assertThat(claim.text()).isEqualTo("We were ready for this outbreak");
		});
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(who.key());
			assertThat(claim.text()).isEqualTo("cases had fallen since January");
		});
		assertThat(extraction.events()).anySatisfy(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2024, 2, 16));
			assertThat(involves(event, lopez)).isTrue();
		});
	}

	@Test
	void datesAReportedOccurrenceByItsOwnDayRatherThanTheDayItWasReported() {
		ArticleExtraction extraction = extractor.extract(
				"A senior aide told local radio on Wednesday that Lena Ortiz left the government on Tuesday.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.events()).singleElement().satisfies(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2024, 3, 12));
			assertThat(event.title()).startsWith("Lena Ortiz leaves");
		});
	}

	@Test
	void takesTheSourceOfAPassiveReportFromTheNextSentence() {
		ArticleExtraction extraction = extractor.extract(
				"""
						Finance Minister Lena Ortiz is reported to have resigned from the cabinet after a dispute over the budget.
						A senior aide told local radio that Ortiz had left the government.
						""",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.text()).contains("resigned from the cabinet");
			assertThat(claim.speakerLabel()).isEqualTo("A senior aide");
			assertThat(claim.hedgeCues()).contains("is reported to");
		});
	}

	@Test
	void keepsAPassiveReportUnattributedWhenNoSourceFollows() {
		ArticleExtraction extraction = extractor.extract(
				"Finance Minister Lena Ortiz is said to have resigned from the cabinet. The budget vote is on Friday.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.text()).contains("resigned from the cabinet");
			assertThat(claim.speakerLabel()).isEqualTo("unattributed reports");
		});
	}

	@Test
	void attributesAQuotationIntroducedByAParticiple() {
		ArticleExtraction extraction = extractor.extract(
				"Defense Minister Paul Adler praised the troops, stating, “Our soldiers are the best in the region.”",
				LocalDate.of(2024, 3, 14));
		ActorDraft adler = actor(extraction, "Paul Adler");
		assertThat(extraction.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(adler.key());
			assertThat(claim.text()).isEqualTo("Our soldiers are the best in the region");
		});
	}

	@Test
	void attributesAStatementToATrailingReporter() {
		ArticleExtraction extraction = extractor.extract("""
				Mayor Anna Berg spoke to reporters at the town hall.
				The aim was to blame the opposition for the unrest, she added.
				""", LocalDate.of(2024, 3, 14));
		ActorDraft berg = actor(extraction, "Anna Berg");
		assertThat(extraction.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(berg.key());
			assertThat(claim.text()).isEqualTo("The aim was to blame the opposition for the unrest");
		});
	}

	@Test
	void takesTheObjectOfToutingOrHighlightingAsTheStatement() {
		ArticleExtraction extraction = extractor.extract(
				"Opposition leaders touted a plan for early elections. The ministry made claims of a foreign plot against the president.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerLabel()).isEqualTo("Opposition leaders");
			assertThat(claim.text()).isEqualTo("a plan for early elections");
		});
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerLabel()).isEqualTo("The ministry");
			assertThat(claim.text()).isEqualTo("claims of a foreign plot against the president");
		});
	}

	@Test
	void datesTheItemsOfARecapListByTheWindowItsIntroductionNames() {
		ArticleExtraction extraction = extractor.extract("""
				The crisis deepened sharply over the past ten days. The main steps were these:

				The army closed the northern border.

				Parliament voted to extend the state of emergency.

				Officials will meet again next week.

				Analysts expect further unrest. Markets fell.
				""", LocalDate.of(2024, 3, 14));
		assertThat(extraction.events()).anySatisfy(event -> {
			assertThat(event.title()).containsIgnoringCase("border");
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2024, 3, 4));
			assertThat(event.date().end()).isEqualTo(LocalDate.of(2024, 3, 14));
			assertThat(event.date().precision()).isEqualTo(DatePrecision.RANGE);
			assertThat(event.date().approximate()).isTrue();
		});
		assertThat(extraction.events())
			.anySatisfy(event -> assertThat(event.title()).containsIgnoringCase("parliament votes"));
		assertThat(extraction.events()).noneSatisfy(event -> assertThat(event.title()).containsIgnoringCase("markets"));
	}

	@Test
	void keepsHyphenatedWordsWholeInTitles() {
		ArticleExtraction extraction = extractor.extract(
				"The air force deployed B-52 bombers near the coast on Monday. Rebel-held towns fell on Tuesday.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.events()).extracting(EventDraft::title)
			.anySatisfy(title -> assertThat(title).contains("B-52 bombers"))
			.anySatisfy(title -> assertThat(title).startsWith("Rebel-held towns"));
	}

	@Test
	void findsTheSeedsReportedMeetingPassiveReportQuotationAndCoordinatedReporter() {
		assertThat(aljazeera().events()).anySatisfy(event -> {
			assertThat(event.date().start()).isEqualTo(LocalDate.of(2025, 10, 2));
			assertThat(event.title()).startsWith("Trump delivers message to Grenell");
		});
		assertThat(aljazeera().claims()).anySatisfy(claim -> {
			assertThat(claim.text()).contains("called off efforts");
			assertThat(claim.speakerLabel()).isEqualTo("An unnamed senior US official");
		});
		assertThat(strikeRewrite().claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(actor(strikeRewrite(), "Pete Hegseth").key());
			assertThat(claim.text()).startsWith("These narcoterrorists");
		});
		assertThat(strikeRewrite().claims()).anySatisfy(claim -> {
			assertThat(claim.text()).contains("attack facilities in the designated dock area");
			assertThat(claim.speakerActorKey()).isEqualTo(actor(strikeRewrite(), "Donald Trump").key());
		});
	}

	@Test
	void leavesRelativeDatesUnresolvedWithoutADocumentDate() {
		ArticleExtraction extraction = extractor.extract("The mayor resigned on Monday, officials said.", null);
		assertThat(extraction.events()).isEmpty();
		assertThat(extraction.notes()).anySatisfy(note -> assertThat(note).contains("No document date"));
	}

	@Test
	void analysesOnlyTheBeginningOfAVeryLongText() {
		ArticleExtractor limited = new ArticleExtractor(new NlpPipeline(), 1000);
		String paragraph = "The council approved the budget on Monday, the mayor said.";
		String text = String.join("\n\n", java.util.Collections.nCopies(100, paragraph));

		ArticleExtraction extraction = limited.extract(text, java.time.LocalDate.of(2024, 6, 5));

		assertThat(extraction.analysedCharacters()).isLessThanOrEqualTo(1000).isGreaterThan(500);
		assertThat(text.substring(extraction.analysedCharacters())).startsWith("\n\n");
		assertThat(extraction.tokenCount()).isLessThan(300);
	}

	@Test
	void cutsTheAnalysedTextAtAParagraphThenASpaceThenAnywhere() {
		assertThat(ArticleExtractor.analysedLength("short", 10)).isEqualTo(5);
		assertThat(ArticleExtractor.analysedLength("first paragraph\n\nsecond one", 20)).isEqualTo(15);
		assertThat(ArticleExtractor.analysedLength("one two three four five six", 20)).isEqualTo(18);
		assertThat(ArticleExtractor.analysedLength("x".repeat(50), 20)).isEqualTo(20);
		assertThat(ArticleExtractor.analysedLength("x" + "😀".repeat(20), 20)).isEqualTo(19);
	}

	@Test
	void findsACourtNamedByItsCountryAndLetsTheCourtSpeakAfterwards() {
		ArticleExtraction extraction = extractor.extract(
				"A Portuguese court ruled on Tuesday that the mayor must step down. The court said the decision was final.",
				LocalDate.of(2024, 3, 14));
		ActorDraft court = actor(extraction, "Portuguese court");
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(court.key());
			assertThat(claim.text()).isEqualTo("the decision was final");
		});
	}

	@Test
	void rejoinsANameCutAtAndWhenItsShortFormFollows() {
		ArticleExtraction extraction = extractor.extract(
				"The Ministry of Transport and Communications (MOTC) said on Monday that ferries would resume on Friday.",
				LocalDate.of(2024, 3, 14));
		ActorDraft ministry = actor(extraction, "MOTC");
		assertThat(ministry.name()).isEqualTo("Ministry of Transport and Communications");
		assertThat(extraction.actors()).extracting(ActorDraft::name).doesNotContain("Communications");
		assertThat(extraction.claims()).singleElement()
			.satisfies(claim -> assertThat(claim.text()).isEqualTo("ferries would resume on Friday"));
	}

	@Test
	void takesNeitherThePlatformOfAPostNorAProductForAnActor() {
		ArticleExtraction extraction = extractor.extract(
				"The minister wrote on Facebook that sales of browsers like Firefox would stop next year.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.actors()).extracting(ActorDraft::name).doesNotContain("Facebook", "Firefox");
		assertThat(extraction.claims()).singleElement()
			.satisfies(claim -> assertThat(claim.text()).startsWith("sales of browsers"));
	}

	@Test
	void attributesTheStatementBeforeATrailingAttributionFollowedByAParticiple() {
		ArticleExtraction extraction = extractor.extract(
				"The union is ending the strike, its leader Ana Costa said on Friday, bringing the dispute to a close.",
				LocalDate.of(2024, 3, 14));
		ActorDraft costa = actor(extraction, "Ana Costa");
		assertThat(extraction.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(costa.key());
			assertThat(claim.text()).isEqualTo("The union is ending the strike");
		});
	}

	@Test
	void attributesAQuotationOfTwoSentencesToTheSpeakerNamedAfterIt() {
		ArticleExtraction extraction = extractor.extract(
				"\"We will rebuild the school. It will be open by spring,\" the mayor, Tom Hale, said on Monday.",
				LocalDate.of(2024, 3, 14));
		ActorDraft hale = actor(extraction, "Tom Hale");
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(hale.key());
			assertThat(claim.text()).contains("We will rebuild the school").contains("open by spring");
		});
	}

	@Test
	void setsTheCriticsOfAPartyAgainstWhatThatPartySaid() {
		ArticleExtraction extraction = extractor.extract(
				"""
						Health Minister Paula Reyes said on Monday that the reform would cut waiting times by half.

						Opposition parties slammed Reyes on Tuesday. "This reform is a disaster for patients," opposition leader Mark Dunn said.
						""",
				LocalDate.of(2024, 3, 14));
		ActorDraft reyes = actor(extraction, "Paula Reyes");
		ActorDraft dunn = actor(extraction, "Mark Dunn");
		int promise = indexOf(extraction, reyes, "waiting times");
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(dunn.key());
			assertThat(claim.contradicts()).contains(promise);
		});
	}

	@Test
	void setsAnAccusationAgainstWhatTheAccusedPartySays() {
		ArticleExtraction extraction = extractor.extract("""
				Regulator chief Ann Berg said on Monday that Northwind had illegally hidden its losses from investors.

				Northwind spokesman Carl Ode said the company's accounts were accurate and complete.
				""", LocalDate.of(2024, 3, 14));
		ActorDraft berg = actor(extraction, "Ann Berg");
		ActorDraft ode = actor(extraction, "Carl Ode");
		int answer = indexOf(extraction, ode, "accurate");
		assertThat(extraction.claims()).anySatisfy(claim -> {
			assertThat(claim.speakerActorKey()).isEqualTo(berg.key());
			assertThat(claim.contradicts()).contains(answer);
		});
	}

	@Test
	void linksTwoSourcesThatGiveDifferentFiguresForTheSameThing() {
		ArticleExtraction extraction = extractor.extract("""
				The death toll from the floods has risen to 41, the provincial governor said on Sunday.

				The national disaster agency said on Monday that the floods had killed 37 people.
				""", LocalDate.of(2024, 3, 14));
		assertThat(extraction.claims()).hasSize(2);
		assertThat(extraction.claims().get(1).contradicts()).containsExactly(0);
	}

	@Test
	void datesAnOccurrenceThatAClauseOrAnEventNounDatesOnItsOwn() {
		ArticleExtraction extraction = extractor.extract(
				"Crews restored power on Thursday to the towns hardest hit by Tuesday's storm.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.events()).extracting(event -> event.date().start())
			.containsExactlyInAnyOrder(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 12));
		assertThat(extraction.events()).anySatisfy(event -> assertThat(event.title()).containsIgnoringCase("storm"));
	}

	@Test
	void titlesAReportedStateByWhatIsReported() {
		ArticleExtraction extraction = extractor.extract(
				"The regional emergency management agency on Monday said relief operations are in full swing in the flooded districts.",
				LocalDate.of(2024, 3, 14));
		assertThat(extraction.events()).singleElement()
			.satisfies(event -> assertThat(event.title()).startsWith("Relief operations are in full swing"));
	}

	@Test
	void titlesAFindingOrARulingByWhatWasFound() {
		assertThat(extractor
			.extract("The tribunal found on Friday that the contractor breached the agreement.",
					LocalDate.of(2024, 3, 14))
			.events()).extracting(EventDraft::title)
			.anySatisfy(title -> assertThat(title).contains("contractor breaches agreement"));
		assertThat(extractor
			.extract("The mayor was removed from office, a regional court ruled on Friday.", LocalDate.of(2024, 3, 14))
			.events()).extracting(EventDraft::title)
			.anySatisfy(title -> assertThat(title).contains("removed from office"));
		assertThat(extractor
			.extract("The health minister confirmed on Tuesday that she will step down.", LocalDate.of(2024, 3, 14))
			.events()).extracting(EventDraft::title).anySatisfy(title -> assertThat(title).contains("will step down"));
	}

	@Test
	void blanksTheDatelinesThatOpenParagraphsWithoutMovingAnyOffset() {
		String text = "LISBON, Portugal — The union said the strike was over.\n\n(Reuters) - Talks resume on Monday.";
		String masked = ArticleExtractor.withoutDatelines(text);
		assertThat(masked).hasSameSizeAs(text).doesNotContain("LISBON").doesNotContain("Reuters");
		assertThat(masked.substring(text.indexOf("The union"))).startsWith("The union said the strike was over.");
		assertThat(ArticleExtractor.withoutDatelines("US-China talks resumed on Monday."))
			.isEqualTo("US-China talks resumed on Monday.");
	}

	private static int indexOf(ArticleExtraction extraction, ActorDraft speaker, String words) {
		for (int i = 0; i < extraction.claims().size(); i++) {
			ClaimDraft claim = extraction.claims().get(i);
			if (speaker.key().equals(claim.speakerActorKey()) && claim.text().contains(words)) {
				return i;
			}
		}
		throw new AssertionError("No claim of " + speaker.name() + " with \"" + words + "\" in " + extraction.claims());
	}

}
