package org.newsline.ingest.quality;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.ingest.quality.CorpusScore.Fraction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CorpusScore} scores as {@code corpus/dev/score.py} does: the reference numbers
 * are what {@code python3 score.py gold.json samples/SAMPLE [--files 04,05,06]} prints in
 * {@code src/test/resources/corpus/dev}.
 */
class CorpusScoreTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final JsonNode gold = read("gold.json");

	private static JsonNode read(String name) {
		try (InputStream in = CorpusScoreTests.class.getResourceAsStream("/corpus/dev/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No " + name + " in corpus/dev");
			}
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CorpusScore score(String sample, @Nullable String files) {
		Set<String> selected = (files != null) ? new LinkedHashSet<>(List.of(files.split(","))) : null;
		return CorpusScore.of(gold, read("samples/" + sample), selected);
	}

	private static List<Fraction> fractions(CorpusScore score) {
		return List.of(score.actorRecall(), score.actorPrecision(), score.actorPrecisionOtherKinds(),
				score.actorPrecisionCountryMedia(), score.eventRecall(), score.eventDateAccuracy(), score.mergeRecall(),
				score.claimRecall(), score.claimSpeakerAccuracy(), score.disputeRecall());
	}

	private static String explain(CorpusScore score) {
		return score.table() + String.join("\n", score.misses());
	}

	@ParameterizedTest(name = "{0} --files {1}")
	@CsvSource(delimiter = '|', nullValues = "all", textBlock = """
			# Columns: sample, --files, then the ten pairs score.py prints, in its order: actor recall, actor
			# precision (all kinds, kinds other than COUNTRY/MEDIA, COUNTRY/MEDIA only), event recall, event date
			# accuracy, cross-article merge recall, claim recall, claim speaker accuracy, dispute recall; overall.
			baseline.json               | all      | 55/61 61/78 61/78 0/0 29/39 29/29  5/11 42/79 41/42  0/16 | 0.569
			baseline.json               | 04,05,06 | 15/16 15/87 15/84 0/3   5/6   5/5   1/2 10/16  9/10   0/2 | 0.511
			import-earlier.json         | all      | 60/61 68/69 68/69 0/0 38/39 37/38 10/11 79/79 79/79 10/16 | 0.913
			import-earlier.json         | 04,05,06 | 16/16 17/77 17/75 0/2   6/6   6/6   2/2 16/16 16/16   2/2 | 0.870
			workbench-seeds-or-dev.json | all      | 60/61 96/97 96/97 0/0 39/39 38/39  0/11 79/79 79/79  9/16 | 0.756
			workbench-seeds-or-dev.json | 04,05,06 | 16/16 29/106 29/103 0/3 6/6  5/6   0/2 16/16 16/16   1/2 | 0.629
			""")
	void scoresTheSamplesExactlyAsTheReferenceScorerDoes(String sample, @Nullable String files, String pairs,
			String overall) {
		CorpusScore score = score(sample, files);
		assertThat(score.files()).hasSize((files != null) ? 3 : 15);
		assertThat(fractions(score)).as(explain(score))
			.extracting(Fraction::toString)
			.containsExactly(pairs.trim().split(" +"));
		assertThat(score.table()).endsWith("\noverall: " + overall + "\n");
	}

	@Test
	void printsTheReportAsTheReferenceScorerDoes() {
		assertThat(score("baseline.json", null).table()).isEqualTo("""
				articles: 15
				actor recall: 0.902 (55/61)
				actor precision: 0.782 (61/78)
				actor precision (kinds other than COUNTRY/MEDIA): 0.782 (61/78)
				actor precision (COUNTRY/MEDIA only): n/a (0/0)
				event recall: 0.744 (29/39)
				event date accuracy: 1.000 (29/29)
				cross-article merge recall: 0.455 (5/11)
				claim recall: 0.532 (42/79)
				claim speaker accuracy: 0.976 (41/42)
				dispute recall: 0.000 (0/16)
				overall: 0.569
				""");
	}

	@Test
	void listsWhatTheReferenceScorerPrintsInVerboseMode() {
		String earlier = "07_technewsvision_google_keeps_chrome.txt";
		String shares = "08_thenational_alphabet_shares_jump.txt";
		String surge = "09_cryptopolitan_mitrade_alphabet_stock_surges.txt";
		assertThat(score("import-earlier.json", null).misses()).containsExactly(
				"  missed actor: Lubbock health officials", "  extra actor: Labour/Green ORGANIZATION",
				"  missed event [" + surge + "]: Alphabet stock surges after the ruling (2025-09-02..2025-09-02)",
				"  misdated event [" + surge + "]: Mehta finds Google violated Section 2 of the Sherman Act"
						+ " (liability ruling) gold 2024-08-01..2024-08-31 got ('2024-01-01', '2024-12-31')",
				"  not merged: Alphabet shares jump after the ruling ['" + shares + "', '" + surge + "']",
				"  dispute not flagged [" + earlier + "]: the search giant had violated the Sherman Antitrust Act"
						+ " (disputed by Google)",
				"  dispute not flagged [" + shares + "]: Today’s decision recognises how much the industry has change"
						+ " (disputed by Amit Mehta)",
				"  dispute not flagged [" + shares + "]: Google has an illegal monopoly in online search and related "
						+ " (disputed by Google)",
				"  dispute not flagged [" + surge + "]: Google violated Section 2 of the Sherman Act, confirming it "
						+ " (disputed by Google)",
				"  dispute not flagged [10_cnn_kesq_dutch_government_collapses.txt]: I signed up for the strictest"
						+ " asylum policy, not for the dow (disputed by Dick Schoof)",
				"  dispute not flagged [14_afp_hurriyet_texas_child_dies_measles.txt]: It's not unusual. You have"
						+ " measles outbreaks every year. (disputed by David Higgins)");
	}

	@Test
	void scoresAPerfectExtractionOneOnEveryMetric() {
		CorpusScore score = CorpusScore.of(gold, json.valueToTree(Extraction.perfect()), null);
		assertThat(fractions(score)).as(explain(score))
			.extracting(Fraction::toString)
			.containsExactly("61/61", "61/61", "57/57", "4/4", "39/39", "39/39", "11/11", "79/79", "79/79", "16/16");
		assertThat(score.overall()).isEqualTo(1.0);
		assertThat(score.misses()).isEmpty();
	}

	@Test
	void scoresThePerfectExtractionOfOneStoryOneOnThatStory() {
		Set<String> story = new LinkedHashSet<>(List.of("04", "05", "06"));
		CorpusScore score = CorpusScore.of(gold, json.valueToTree(Extraction.perfect().of(story)), story);
		assertThat(score.files()).containsExactly("04_townhall_le_pen_barred_from_office.txt",
				"05_wion_musk_le_pen_backfire.txt", "06_politico_musk_slams_le_pen_verdict.txt");
		assertThat(fractions(score)).as(explain(score))
			.extracting(Fraction::toString)
			.containsExactly("16/16", "16/16", "14/14", "2/2", "6/6", "6/6", "2/2", "16/16", "16/16", "2/2");
		assertThat(score.overall()).isEqualTo(1.0);
	}

	@Test
	void findsSourcesAndClaimsByFileNameStemPathOrUrl() {
		Extraction perfect = Extraction.perfect();
		Map<String, String> urls = new LinkedHashMap<>();
		gold.get("articles").properties().forEach((a) -> urls.put(a.getKey(), a.getValue().get("url").stringValue()));
		List<Event> events = perfect.events()
			.stream()
			.map((e) -> new Event(e.title(), e.start(), e.end(), e.precision(),
					e.sources()
						.stream()
						.map((s) -> new Source(urls.get(s.file()).toUpperCase(Locale.ROOT) + "/", s.quote()))
						.toList(),
					e.actors()))
			.toList();
		List<Claim> claims = perfect.claims()
			.stream()
			.map((c) -> new Claim(c.speaker(), c.text(), c.hedged(),
					"../articles/" + c.file().replace(".txt", "") + "?copy=1", c.status()))
			.toList();
		CorpusScore score = CorpusScore.of(gold, json.valueToTree(new Extraction(perfect.actors(), events, claims)),
				null);
		assertThat(score.table()).as(explain(score)).endsWith("overall: 1.000\n");
		assertThat(score.misses()).isEmpty();
	}

	@Test
	void scoresAnEmptyExtractionZero() {
		CorpusScore score = CorpusScore.of(gold, json.valueToTree(new Extraction(List.of(), List.of(), List.of())),
				null);
		for (Fraction fraction : fractions(score)) {
			assertThat(fraction.numerator()).isZero();
			OptionalDouble ratio = fraction.ratio();
			assertThat(ratio.orElse(0)).isZero();
		}
		assertThat(score.actorRecall().ratio()).hasValue(0.0);
		assertThat(score.actorPrecision().ratio()).isEmpty();
		assertThat(score.overall()).isZero();
		assertThat(score.table()).isEqualTo("""
				articles: 15
				actor recall: 0.000 (0/61)
				actor precision: 0.000 (0/0)
				actor precision (kinds other than COUNTRY/MEDIA): n/a (0/0)
				actor precision (COUNTRY/MEDIA only): n/a (0/0)
				event recall: 0.000 (0/39)
				event date accuracy: 0.000 (0/0)
				cross-article merge recall: 0.000 (0/11)
				claim recall: 0.000 (0/79)
				claim speaker accuracy: 0.000 (0/0)
				dispute recall: 0.000 (0/16)
				overall: 0.000
				""");
	}

	@Test
	void losesPrecisionMergesAndDisputesButKeepsEventRecallWhenTheExtractionIsNoisy() {
		Extraction perfect = Extraction.perfect();
		List<Actor> actors = new ArrayList<>(perfect.actors());
		actors.add(new Actor("Gisèle Pelicot", List.of(), "PERSON"));
		List<Event> unmerged = perfect.events()
			.stream()
			.flatMap((e) -> e.sources()
				.stream()
				.map((s) -> new Event(e.title(), e.start(), e.end(), e.precision(), List.of(s), e.actors())))
			.toList();
		List<Claim> undisputed = perfect.claims()
			.stream()
			.map((c) -> new Claim(c.speaker(), c.text(), c.hedged(), c.file(), "UNVERIFIED"))
			.toList();
		CorpusScore score = CorpusScore.of(gold, json.valueToTree(new Extraction(actors, unmerged, undisputed)), null);
		assertThat(score.actorPrecision()).hasToString("61/62");
		assertThat(score.mergeRecall()).hasToString("0/11");
		assertThat(score.disputeRecall()).hasToString("0/16");
		assertThat(score.eventRecall()).hasToString("39/39");
		assertThat(score.misses()).contains("  extra actor: Gisèle Pelicot PERSON");
	}

	/** An extraction in score.py's {@code extracted.json} form. */
	record Extraction(List<Actor> actors, List<Event> events, List<Claim> claims) {

		/**
		 * score.py's {@code perfect_extraction}: every gold actor with its aliases, one
		 * event per cross-article item citing every file that reports it, every other
		 * event on its own, every claim, DISPUTED where the gold says it is disputed.
		 */
		static Extraction perfect() {
			Map<String, Actor> actors = new LinkedHashMap<>();
			Map<String, JsonNode> items = new LinkedHashMap<>();
			gold.get("cross_article").values().forEach((item) -> items.put(item.get("key").stringValue(), item));
			List<Event> events = new ArrayList<>();
			Map<String, Event> merged = new LinkedHashMap<>();
			List<Claim> claims = new ArrayList<>();
			gold.get("articles").properties().forEach((entry) -> {
				String file = entry.getKey();
				JsonNode article = entry.getValue();
				for (JsonNode actor : article.get("actors").values()) {
					Actor known = actors.computeIfAbsent(text(actor, "name"),
							(name) -> new Actor(name, new ArrayList<>(), text(actor, "kind")));
					strings(actor.get("aliases")).stream()
						.filter((alias) -> !known.aliases().contains(alias))
						.forEach(known.aliases()::add);
				}
				for (JsonNode event : article.get("events").values()) {
					Source source = new Source(file, text(event, "evidence"));
					JsonNode key = event.get("merge_key");
					JsonNode item = (key != null) ? items.get(key.stringValue()) : null;
					if (item == null) {
						events.add(new Event(text(event, "title"), text(event, "start"), text(event, "end"),
								text(event, "precision"), List.of(source), strings(event.get("actors"))));
						continue;
					}
					Event one = merged.computeIfAbsent(key.stringValue(), (k) -> {
						Event created = new Event(text(item, "event"), text(item, "start"), text(item, "end"), "DAY",
								new ArrayList<>(), new ArrayList<>(strings(item.get("actors"))));
						events.add(created);
						return created;
					});
					one.sources().add(source);
					strings(event.get("actors")).stream()
						.filter((name) -> !one.actors().contains(name))
						.forEach(one.actors()::add);
				}
				for (JsonNode claim : article.get("claims").values()) {
					JsonNode disputedBy = claim.get("disputed_by");
					boolean disputed = disputedBy != null && !disputedBy.isNull();
					claims.add(new Claim(text(claim, "speaker"), text(claim, "text"),
							claim.get("hedged").booleanValue(), file, disputed ? "DISPUTED" : "UNVERIFIED"));
				}
			});
			return new Extraction(List.copyOf(actors.values()), events, claims);
		}

		/**
		 * What an extraction of the given files only would be: the self-test's subset,
		 * sources, claims and actors of other files left out.
		 */
		Extraction of(Set<String> prefixes) {
			Set<String> files = new LinkedHashSet<>();
			gold.get("articles")
				.propertyNames()
				.stream()
				.filter((file) -> prefixes.stream().anyMatch((prefix) -> file.startsWith(prefix + "_")))
				.forEach(files::add);
			Set<String> names = new LinkedHashSet<>();
			files.forEach((file) -> gold.get("articles")
				.get(file)
				.get("actors")
				.values()
				.forEach((actor) -> names.add(text(actor, "name"))));
			List<Event> events = this.events.stream()
				.map((e) -> new Event(e.title(), e.start(), e.end(), e.precision(),
						e.sources().stream().filter((s) -> files.contains(s.file())).toList(), e.actors()))
				.filter((e) -> !e.sources().isEmpty())
				.toList();
			return new Extraction(this.actors.stream().filter((a) -> names.contains(a.name())).toList(), events,
					this.claims.stream().filter((c) -> files.contains(c.file())).toList());
		}

		private static String text(JsonNode node, String key) {
			return node.get(key).stringValue();
		}

		private static List<String> strings(@Nullable JsonNode node) {
			return (node != null) ? node.values().stream().map(JsonNode::stringValue).toList() : List.of();
		}

	}

	record Actor(String name, List<String> aliases, String kind) {
	}

	record Source(String file, String quote) {
	}

	record Event(String title, String start, String end, String precision, List<Source> sources, List<String> actors) {
	}

	record Claim(String speaker, String text, boolean hedged, String file, String status) {
	}

}
