package org.newsline.ingest.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.newsline.NewslineApplication;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.document.CleaningRules;
import org.newsline.ingest.document.DocumentReader;
import org.newsline.ingest.document.Manifest;
import org.newsline.ingest.extract.ArticleExtractor;
import org.newsline.ingest.nlp.AnnotatedText;
import org.newsline.ingest.nlp.NlpPipeline;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, over an article folder repeated N times, the throughput in tokens per second
 * of bare CoreNLP annotation, of extraction (annotation plus the drafting rules, and the
 * rules alone), and of a full import through a running application context (reading,
 * extraction and the database write); arguments: {@code [rounds] [folder]}, by default 3
 * and {@code seeds}.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	/** A cleaned article ready for the pipeline, with its annotation and token count. */
	private record Article(String file, CleanDocument document, AnnotatedText annotated) {

		int tokens() {
			return this.annotated.tokenCount();
		}

	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		Path folder = Path.of((args.length > 1) ? args[1] : "seeds");
		if (rounds < 1 || !Files.isDirectory(folder)) {
			System.err.println("usage: ImportBenchmark [rounds >= 1] [folder with articles and sources.csv]");
			System.exit(2);
		}
		Path work = Files.createTempDirectory("newsline-bench");
		try {
			run(rounds, folder, work);
		}
		finally {
			delete(work);
		}
		System.exit(0);
	}

	private static void run(int rounds, Path folder, Path work) throws Exception {
		Manifest manifest = manifest(folder);
		List<Path> files = articleFiles(folder);
		DocumentReader reader = new DocumentReader(CleaningRules.defaults());
		NlpPipeline pipeline = new NlpPipeline();
		ArticleExtractor extractor = new ArticleExtractor(pipeline);

		long started = System.nanoTime();
		pipeline.annotate("The models load once.", null);
		double loadSeconds = seconds(System.nanoTime() - started);

		started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewslineApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "logging.level.org.newsline=warn")
			.run("--newsline.database.embedded.data-dir=" + work.resolve("postgres"),
					"--newsline.import.seed-on-first-start=false",
					// The throwaway database gets a throwaway admin, so no generated
					// password is printed.
					"--NEWSLINE_ADMIN_PASSWORD=" + UUID.randomUUID())) {
			double contextSeconds = seconds(System.nanoTime() - started);
			ArticleImporter importer = context.getBean(ArticleImporter.class);

			// An untimed round warms the JIT, the connection pool and Hibernate, and
			// counts the tokens of each cleaned article.
			List<Article> articles = new ArrayList<>();
			for (Path file : files) {
				String name = file.getFileName().toString();
				CleanDocument document = reader.read(name, Files.readAllBytes(file),
						manifest.entryFor(name).orElse(null));
				extractor.extract(document.text(), document.published());
				articles.add(new Article(name, document, pipeline.annotate(document.text(), document.published())));
			}
			importRound(importer, copy(folder, files, work.resolve("round-0"), "r0-"), files.size());
			long corpusTokens = articles.stream().mapToLong(Article::tokens).sum();
			long tokens = corpusTokens * rounds;

			// The three stages take turns in every round, so that JIT and GC effects fall
			// on all alike.
			double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			long annotateNanos = 0;
			long extractNanos = 0;
			long rulesNanos = 0;
			long importNanos = 0;
			for (int round = 1; round <= rounds; round++) {
				Path copy = copy(folder, files, work.resolve("round-" + round), "r" + round + "-");
				started = System.nanoTime();
				for (Article article : articles) {
					pipeline.annotate(article.document().text(), article.document().published());
				}
				annotateNanos += System.nanoTime() - started;
				started = System.nanoTime();
				for (Article article : articles) {
					extractor.extract(article.document().text(), article.document().published());
				}
				extractNanos += System.nanoTime() - started;
				started = System.nanoTime();
				for (Article article : articles) {
					ArticleExtractor.extract(article.annotated(), article.document().published());
				}
				rulesNanos += System.nanoTime() - started;
				started = System.nanoTime();
				importRound(importer, copy, files.size());
				importNanos += System.nanoTime() - started;
			}
			double annotateSeconds = seconds(annotateNanos);
			double extractSeconds = seconds(extractNanos);
			double rulesSeconds = seconds(rulesNanos);
			double importSeconds = seconds(importNanos);
			double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			int count = articles.size() * rounds;

			System.out.println();
			System.out.printf(Locale.ROOT,
					"Import benchmark: %d articles (%d tokens) x %d rounds = %d tokens; untimed: CoreNLP load %.1f s, "
							+ "application start %.1f s, one warm-up round%n",
					articles.size(), corpusTokens, rounds, tokens, loadSeconds, contextSeconds);
			System.out.printf(Locale.ROOT,
					"machine: %d processors, load average %.1f before and %.1f after the timed rounds "
							+ "(figures above the processor count mean other work competed)%n",
					Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
			String rule = "+----------------------------------------------+---------+----------+----------+%n";
			System.out.printf(rule);
			System.out.printf("| %-44s | %7s | %8s | %8s |%n", "stage", "tokens", "seconds", "tokens/s");
			System.out.printf(rule);
			row("(a) CoreNLP annotate (NlpPipeline)", tokens, annotateSeconds);
			row("(b) extract (annotate + drafting rules)", tokens, extractSeconds);
			row("    drafting rules alone, on annotated text", tokens, rulesSeconds);
			row("(c) import (read + extract + database write)", tokens, importSeconds);
			System.out.printf(rule);
			System.out.printf(Locale.ROOT,
					"ratio import/bare: %.2f (import runs at %.0f%% of bare CoreNLP throughput)%n",
					importSeconds / annotateSeconds, 100 * annotateSeconds / importSeconds);
			System.out.printf(Locale.ROOT,
					"per article: annotate %.0f ms, drafting rules %.1f ms, import %.0f ms "
							+ "(of which reading and the database write about %.0f ms)%n",
					1000 * annotateSeconds / count, 1000 * rulesSeconds / count, 1000 * importSeconds / count,
					1000 * (importSeconds - extractSeconds) / count);
		}
	}

	private static void importRound(ArticleImporter importer, Path folder, int expected) {
		ImportReport report = importer.importFolder(folder, ImportRun.Trigger.CLI, "benchmark");
		if (report.hasFailures() || report.counts().created() != expected) {
			throw new IllegalStateException(
					"The import of " + folder + " did not create " + expected + " articles: " + report.files());
		}
	}

	private static void row(String stage, long tokens, double seconds) {
		System.out.printf(Locale.ROOT, "| %-44s | %7d | %8.2f | %8.0f |%n", stage, tokens, seconds, tokens / seconds);
	}

	private static Manifest manifest(Path folder) throws IOException {
		Path csv = folder.resolve(ArticleImporter.MANIFEST);
		if (!Files.isRegularFile(csv)) {
			return Manifest.empty();
		}
		try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return Manifest.parse(in);
		}
	}

	private static List<Path> articleFiles(Path folder) throws IOException {
		try (Stream<Path> listing = Files.list(folder)) {
			return listing.filter(Files::isRegularFile).filter((path) -> {
				String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
			}).sorted().toList();
		}
	}

	/**
	 * Copies the articles under new names, with the manifest rewritten to the new names,
	 * so each round imports new files.
	 */
	private static Path copy(Path folder, List<Path> files, Path target, String prefix) throws IOException {
		Files.createDirectories(target);
		for (Path file : files) {
			Files.copy(file, target.resolve(prefix + file.getFileName()));
		}
		Path csv = folder.resolve(ArticleImporter.MANIFEST);
		if (Files.isRegularFile(csv)) {
			List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
			List<String> renamed = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				boolean entry = i > 0 && !line.isBlank();
				renamed.add(!entry ? line : line.startsWith("\"") ? "\"" + prefix + line.substring(1) : prefix + line);
			}
			Files.write(target.resolve(ArticleImporter.MANIFEST), renamed, StandardCharsets.UTF_8);
		}
		return target;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void delete(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("Could not delete " + root + ": " + ex.getMessage());
		}
	}

}
