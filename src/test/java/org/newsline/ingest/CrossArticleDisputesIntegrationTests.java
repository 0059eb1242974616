package org.newsline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two outlets tell one story: what one article's claims dispute in the other is found
 * when the second is imported, as suggestions, and never on a claim an editor judged.
 */
@NewslineIntegrationTest
class CrossArticleDisputesIntegrationTests {

	private static final String WIRE = """
			The national regulator fined Northwind 2 million euros on Monday over losses it hid from investors.

			Northwind has denied any wrongdoing, its chief executive Lena Brandt said on Monday.

			The death toll from the warehouse fire has risen to 41, the provincial governor said on Tuesday.
			""";

	private static final String DAILY = """
			The national regulator fined Northwind on Monday for hiding losses from investors for three years.

			The regulator found that Northwind had hidden its losses from investors since 2021.

			The warehouse fire killed 37 people, the national disaster agency said on Wednesday, lowering the death toll.
			""";

	@TempDir
	Path folder;

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	ClaimRepository claims;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void aDenialInOneArticleAndAFindingAboutTheDenierInAnotherDisputeEachOther() throws IOException {
		importArticle("wire.txt", WIRE, "2024-05-13");
		importArticle("daily.txt", DAILY, "2024-05-14");
		this.tx.executeWithoutResult((status) -> {
			Claim finding = claim("daily.txt", "hidden its losses");
			Claim denial = claim("wire.txt", "denied any wrongdoing");
			assertThat(finding.getContradicts()).contains(denial);
			assertThat(finding.getVerdict()).isEqualTo(Verdict.DISPUTED);
			assertThat(finding.isVerdictSuggested()).isTrue();
			assertThat(denial.getVerdict()).isEqualTo(Verdict.DISPUTED);
		});
	}

	@Test
	void twoSourcesGivingDifferentFiguresForOneThingDisputeEachOther() throws IOException {
		importArticle("wire.txt", WIRE, "2024-05-13");
		importArticle("daily.txt", DAILY, "2024-05-14");
		this.tx.executeWithoutResult((status) -> {
			Claim lower = claim("daily.txt", "killed 37 people");
			Claim higher = claim("wire.txt", "risen to 41");
			assertThat(lower.getContradicts()).contains(higher);
			assertThat(higher.getVerdict()).isEqualTo(Verdict.DISPUTED);
		});
	}

	@Test
	void aClaimAnEditorJudgedKeepsItsVerdict() throws IOException {
		importArticle("wire.txt", WIRE, "2024-05-13");
		this.tx.executeWithoutResult((status) -> claim("wire.txt", "denied any wrongdoing").judge(Verdict.CORROBORATED,
				"Confirmed with the company", Instant.now()));
		importArticle("daily.txt", DAILY, "2024-05-14");
		this.tx.executeWithoutResult((status) -> {
			Claim denial = claim("wire.txt", "denied any wrongdoing");
			assertThat(denial.getVerdict()).isEqualTo(Verdict.CORROBORATED);
			assertThat(claim("daily.txt", "hidden its losses").getContradicts()).contains(denial);
		});
	}

	private void importArticle(String file, String text, String published) throws IOException {
		Path dir = Files.createDirectories(this.folder.resolve(file.replace(".txt", "")));
		Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("sources.csv"),
				"file,outlet,url,published,title\n" + file + ",Test Wire,," + published + ",\n");
		ImportReport report = this.importer.importFolder(dir, ImportRun.Trigger.CLI, "test");
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
	}

	private Claim claim(String file, String words) {
		List<Claim> found = this.claims.findAll()
			.stream()
			.filter((claim) -> claim.getArticle() != null && claim.getArticle().getSourceKey().equals(file)
					&& claim.getText().contains(words))
			.toList();
		assertThat(found).as("a claim of " + file + " with \"" + words + "\"").isNotEmpty();
		return found.get(0);
	}

}
