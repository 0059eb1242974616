package org.newsline.ingest.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-made gold file stays true to the seed texts it annotates: every form, keyword
 * and file it names is really there.
 */
class SeedGoldTests {

	private static final Path SEEDS = Path.of("seeds");

	private static final Gold gold = Gold.load(Gold.SEEDS);

	private static final Map<String, String> texts = new HashMap<>();

	private static String text(String file) {
		return texts.computeIfAbsent(file, (name) -> {
			try {
				return Files.readString(SEEDS.resolve(name));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static String allTexts() throws IOException {
		try (var files = Files.list(SEEDS)) {
			return String.join("\n",
					files.filter((f) -> f.toString().endsWith(".txt"))
						.sorted()
						.map((f) -> text(f.getFileName().toString()))
						.toList());
		}
	}

	@Test
	void annotatesActorsEventsAndClaimsOfAllFourSeeds() {
		assertThat(gold.actors()).hasSizeGreaterThan(20);
		assertThat(gold.events()).hasSizeGreaterThan(10);
		assertThat(gold.claims()).hasSizeGreaterThan(20);
		assertThat(gold.claims()).extracting(Gold.Claim::file)
			.hasSameElementsAs(List.of("000_ec167ae72b1d4f43.txt", "001_e8344a3bda362c86.txt",
					"002_672ce715bc024242.txt", "003_2fbdb5009ac7c044.txt"));
	}

	@Test
	void namesEveryActorAsTheTextsSpellItOrByAFuller() throws IOException {
		String all = allTexts();
		for (Gold.Actor actor : gold.actors()) {
			assertThat(actor.forms().stream().anyMatch((form) -> Forms.contains(all, form))).as(actor.name()).isTrue();
			assertThat(actor.kind()).isIn("PERSON", "ORGANIZATION", "COUNTRY", "GROUP");
		}
	}

	@Test
	void takesEveryEventKeywordFromAFileReportingIt() {
		for (Gold.Event event : gold.events()) {
			assertThat(event.files()).as(event.id()).isNotEmpty();
			for (String file : event.files()) {
				assertThat(Files.exists(SEEDS.resolve(file))).as(file).isTrue();
			}
			assertThat(event.keywords()).as(event.id())
				.anyMatch((keyword) -> event.files().stream().anyMatch((file) -> Forms.contains(text(file), keyword)));
			assertThat(event.start()).isAfter(LocalDate.of(1900, 1, 1));
		}
	}

	@Test
	void takesEveryClaimKeywordFromTheClaimsFile() {
		for (Gold.Claim claim : gold.claims()) {
			for (String keyword : claim.keywords()) {
				assertThat(Forms.contains(text(claim.file()), keyword)).as(claim.file() + ": " + keyword).isTrue();
			}
			if (!claim.speakerIsLabel()) {
				assertThat(gold.actorNamed(claim.speaker())).as(claim.speaker()).isNotNull();
			}
		}
	}

}
