package org.newsline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.support.Await;
import org.newsline.infrastructure.database.EmbeddedDatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged import command as an operator runs it over the hostile corpus, with a
 * small fixed heap and a fresh embedded database: it finishes, reports every file,
 * imports the good ones, exits with 1 because some files failed, and never runs out of
 * heap or stack.
 */
class HostileCorpusImportProcessTests {

	private static final Path JAR = Path.of("target", "newsline.jar");

	/**
	 * The heap the command gets: with coreference it imports the development corpus in
	 * 1,792 MB and cannot load the language models in 1,536 MB, so this is the realistic
	 * minimum with some margin.
	 */
	private static final String HEAP = "-Xmx2g";

	@TempDir
	Path work;

	@Test
	void importsTheCorpusInABoundedHeapAndExitsWithOne() throws Exception {
		HostileCorpus corpus = HostileCorpus.write(Files.createDirectory(this.work.resolve("corpus")),
				Files.createDirectory(this.work.resolve("outside")));
		Path dataDir = this.work.resolve("postgres");
		Path log = this.work.resolve("import.log");

		Process command = start(HEAP, corpus.folder(), dataDir, log);
		long peakRss = awaitExit(command, TimeUnit.MINUTES.toNanos(10));

		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.printf("Import of the hostile corpus with %s: exit %d, peak RSS %,d kB%n", HEAP, command.exitValue(),
				peakRss);
		assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
		assertThat(command.exitValue()).as("exit status when some files failed\n" + output).isEqualTo(1);
		assertThat(output).contains("Import run 1: SUCCEEDED");
		// The dash between a file and its reason is a question mark where the terminal is
		// not UTF-8.
		String dash = " (—|\\?) ";
		for (HostileCorpus.Expectation expected : corpus.expectations().values()) {
			String line = Pattern.quote(String.format("  %-9s %s", expected.outcome(), expected.key()));
			if (expected.outcome() == FileOutcome.FAILED) {
				line += dash + Pattern.quote(expected.text());
			}
			if (expected.key().chars().allMatch((c) -> c < 128)) {
				assertThat(output).containsPattern(line);
			}
		}
		for (String good : HostileCorpus.GOOD) {
			assertThat(output)
				.containsPattern("CREATED   " + Pattern.quote(good) + dash + "\\d+ actors, [1-9]\\d* events");
		}
		assertThat(output).contains(String.format("Files: %d created, 0 updated, 0 unchanged, %d failed.",
				corpus.expectations().size() - corpus.failing().size(), corpus.failing().size()));
		assertThat(EmbeddedDatabaseTestSupport.postgresProcessesFor(dataDir)).isZero();
	}

	@Test
	void saysWhenTheHeapIsTooSmallForTheLanguageModels() throws Exception {
		Path folder = Files.createDirectory(this.work.resolve("articles"));
		Files.copy(Path.of("seeds", "000_ec167ae72b1d4f43.txt"), folder.resolve("story.txt"));
		Path log = this.work.resolve("small-heap.log");

		Process command = start("-Xmx512m", folder, this.work.resolve("postgres"), log);
		awaitExit(command, TimeUnit.MINUTES.toNanos(5));

		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(command.exitValue()).as(output).isEqualTo(2);
		assertThat(output).contains("The import ran out of memory: the language models need about 1.5 GB of heap.");
		assertThat(EmbeddedDatabaseTestSupport.postgresProcessesFor(this.work.resolve("postgres"))).isZero();
	}

	private static Process start(String heap, Path corpus, Path dataDir, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of(heap, "-jar", JAR.toAbsolutePath().toString(), "import", corpus.toString(),
				"--newsline.database.embedded.data-dir=" + dataDir,
				"--newsline.database.embedded.port=" + Await.freePort()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().remove("NEWSLINE_ADMIN_PASSWORD");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		return builder.start();
	}

	/**
	 * Waits for the process to end and returns the most memory it held (VmHWM, in
	 * kilobytes, read from /proc while it ran; 0 where there is no /proc).
	 */
	private static long awaitExit(Process process, long timeoutNanos) throws Exception {
		long deadline = System.nanoTime() + timeoutNanos;
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peak = 0;
		while (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, highWaterMark(status));
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new AssertionError("The import did not finish within 10 minutes");
			}
		}
		return peak;
	}

	private static long highWaterMark(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process just ended, or there is no /proc
		}
		return 0;
	}

}
