package org.newsline.ingest.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.ImportStatus;
import org.newsline.ingest.quality.CorpusScore.Fraction;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Http;
import org.newsline.support.NewslineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the development corpus (fifteen articles on five stories, as found on the web)
 * the way the command line does, reads what the JSON API shows, scores it against the
 * hand-made gold with the corpus scorer, prints the scores and the misses, and fails when
 * a metric falls more than {@link #SLACK} below what it measured when the floors were
 * set.
 */
@NewslineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevCorpusExtractionQualityIntegrationTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/dev");

	private static final JsonMapper json = JsonMapper.builder().build();

	/** How far under its measured value a metric may fall before the build fails. */
	static final double SLACK = 0.03;

	// Measured on 7 Dec 2026 through the API after importing the whole folder: actor
	// recall 60/61 ("Lubbock health officials" is never found), actor precision 68/69
	// ("Labour/Green"), events 39/39 all dated right, merges 10/11 (Alphabet's share jump
	// told by 08 and 09 stays two events), claims 79/79 all attributed right, disputes
	// 16/16; overall 0.980.

	static final double ACTOR_RECALL = 60.0 / 61;

	static final double ACTOR_PRECISION = 68.0 / 69;

	static final double EVENT_RECALL = 1.0;

	static final double DATE_ACCURACY = 1.0;

	static final double MERGE_RECALL = 10.0 / 11;

	static final double CLAIM_RECALL = 1.0;

	static final double SPEAKER_ACCURACY = 1.0;

	static final double DISPUTE_RECALL = 1.0;

	static final double OVERALL = 0.980;

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@LocalServerPort
	int port;

	ImportReport report;

	CorpusScore score;

	@BeforeAll
	void importAndScoreTheCorpus() throws IOException {
		this.cleaner.clean();
		this.report = this.importer.importFolder(CORPUS.resolve("articles"), ImportRun.Trigger.CLI, "quality-test");
		JsonNode extracted = readApi(new Http(this.port));
		JsonNode gold;
		try (InputStream in = Files.newInputStream(CORPUS.resolve("gold.json"))) {
			gold = json.readTree(in);
		}
		this.score = CorpusScore.of(gold, extracted, null);
		System.out.println();
		System.out.println("Extraction quality on the development corpus, read through the JSON API");
		System.out.print(this.score.table());
		this.score.misses().forEach(System.out::println);
	}

	@Test
	void importsEveryArticle() {
		assertThat(this.report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(this.report.counts().failed()).isZero();
		assertThat(this.report.files()).hasSize(15);
	}

	@Test
	void findsTheGoldActorsAndNoChrome() {
		assertAtLeast("actor recall", this.score.actorRecall(), ACTOR_RECALL);
		assertAtLeast("actor precision", this.score.actorPrecision(), ACTOR_PRECISION);
	}

	@Test
	void findsAndDatesTheGoldEvents() {
		assertAtLeast("event recall", this.score.eventRecall(), EVENT_RECALL);
		assertAtLeast("event date accuracy", this.score.eventDateAccuracy(), DATE_ACCURACY);
	}

	@Test
	void mergesOneOccurrenceToldByTwoOutlets() {
		assertAtLeast("cross-article merge recall", this.score.mergeRecall(), MERGE_RECALL);
	}

	@Test
	void findsTheGoldClaimsWithTheirSpeakers() {
		assertAtLeast("claim recall", this.score.claimRecall(), CLAIM_RECALL);
		assertAtLeast("claim speaker accuracy", this.score.claimSpeakerAccuracy(), SPEAKER_ACCURACY);
	}

	@Test
	void marksTheDisputedClaims() {
		assertAtLeast("dispute recall", this.score.disputeRecall(), DISPUTE_RECALL);
	}

	@Test
	void scoresOverall() {
		assertThat(this.score.overall()).as("overall").isGreaterThanOrEqualTo(OVERALL - SLACK);
	}

	private static void assertAtLeast(String metric, Fraction fraction, double measured) {
		assertThat(fraction.ratio()).as(metric + " " + fraction).isPresent();
		assertThat(fraction.ratio().getAsDouble()).as(metric + " " + fraction).isGreaterThanOrEqualTo(measured - SLACK);
	}

	/**
	 * What the public JSON API shows, in the form the corpus scorer reads (as the
	 * corpus's api_extract tool writes it).
	 */
	private static JsonNode readApi(Http http) {
		ObjectNode extracted = json.createObjectNode();
		ArrayNode actors = extracted.putArray("actors");
		for (JsonNode actor : all(http, "/api/actors")) {
			ObjectNode out = actors.addObject();
			out.put("name", actor.path("name").asString(""));
			out.set("aliases", actor.path("aliases"));
			out.put("kind", actor.path("kind").asString(""));
		}
		ArrayNode events = extracted.putArray("events");
		for (JsonNode event : all(http, "/api/events")) {
			ObjectNode out = events.addObject();
			out.put("title", event.path("title").asString(""));
			out.put("start", event.path("start").asString());
			out.put("end", event.path("end").asString());
			out.put("precision", event.path("precision").asString());
			out.put("status", event.path("status").asString());
			ArrayNode sources = out.putArray("sources");
			event.path("sources").forEach((source) -> sources.addObject().put("file", file(source)));
			ArrayNode names = out.putArray("actors");
			event.path("actors").forEach((actor) -> names.add(actor.path("name").asString("")));
		}
		ArrayNode claims = extracted.putArray("claims");
		for (JsonNode claim : all(http, "/api/claims")) {
			ObjectNode out = claims.addObject();
			JsonNode speaker = claim.path("speaker");
			out.put("speaker",
					speaker.isObject() ? speaker.path("name").asString("") : claim.path("speakerLabel").asString(""));
			out.put("text", claim.path("text").asString(""));
			out.put("status", claim.path("status").asString());
			out.put("hedged", claim.path("hedged").asBoolean());
			out.put("file", file(claim));
			out.set("contradicts", claim.path("contradicts"));
		}
		return extracted;
	}

	private static String file(JsonNode node) {
		String file = node.path("file").asString("");
		return file.substring(file.lastIndexOf('/') + 1);
	}

	private static List<JsonNode> all(Http http, String path) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode chunk = http.json(path + "?page=" + page + "&size=1000").path("items");
			chunk.forEach(items::add);
			if (chunk.size() < 1000) {
				return items;
			}
		}
	}

}
