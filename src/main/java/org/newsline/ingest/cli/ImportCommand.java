package org.newsline.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportAlreadyRunningException;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar newsline.jar import PATH... [--manifest FILE]}: imports files or
 * folders into the configured database without starting the web server, prints a report,
 * and exits 0 when every file was imported, 1 when a file failed, 2 on a usage error,
 * when another import is running or when the heap is too small for the language models.
 */
public final class ImportCommand {

	static final int OK = 0;

	static final int FILE_FAILED = 1;

	static final int UNUSABLE = 2;

	private ImportCommand() {
	}

	/**
	 * Runs the command with the arguments after {@code import}; returns the exit status.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		List<Path> paths = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		Path manifest = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--manifest") && i + 1 < args.length) {
				manifest = Path.of(args[++i]);
			}
			else if (arg.startsWith("--manifest=")) {
				manifest = Path.of(arg.substring("--manifest=".length()));
			}
			else if (arg.startsWith("--")) {
				springArgs.add(arg);
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			out.println("usage: java -jar newsline.jar import PATH... [--manifest FILE]");
			out.println("  PATH is an article file (.txt, .html, .htm) or a folder of them (with its sources.csv)");
			return UNUSABLE;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("newsline.import.seed-on-first-start=false", "spring.main.banner-mode=off",
					"logging.level.root=warn", "logging.level.org.newsline=warn")
			.run(springArgs.toArray(String[]::new))) {
			ArticleImporter importer = context.getBean(ArticleImporter.class);
			ImportReport report = importAll(importer, paths, manifest);
			print(report, out);
			return report.hasFailures() ? FILE_FAILED : OK;
		}
		catch (ImportAlreadyRunningException ex) {
			out.println(ex.getMessage());
			return UNUSABLE;
		}
		catch (OutOfMemoryError ex) {
			out.println("The import ran out of memory: the language models need about 1.5 GB of heap. "
					+ "Run it with more, for example java -Xmx2g -jar newsline.jar import ...");
			return UNUSABLE;
		}
		catch (RuntimeException ex) {
			out.println("The import could not start: " + rootMessage(ex));
			out.println("With the embedded database, stop the running server first or import through /admin/imports.");
			return UNUSABLE;
		}
	}

	private static ImportReport importAll(ArticleImporter importer, List<Path> paths, @Nullable Path manifest) {
		String user = "cli:" + System.getProperty("user.name", "unknown");
		if (paths.size() == 1 && Files.isDirectory(paths.get(0)) && manifest == null) {
			return importer.importFolder(paths.get(0), ImportRun.Trigger.CLI, user);
		}
		// Folders are listed by the importer, which follows no link out of them.
		return importer.importPaths(paths, manifest, ImportRun.Trigger.CLI, user);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	static void print(ImportReport report, PrintStream out) {
		out.printf("Import run %d: %s%n", report.id(), report.status());
		for (ImportReport.FileReport file : report.files()) {
			out.printf("  %-9s %s", file.outcome(), file.file());
			if (file.reason() != null) {
				out.printf(" — %s", file.reason());
			}
			else if (file.outcome() != org.newsline.ingest.FileOutcome.UNCHANGED) {
				out.printf(" — %d actors, %d events, %d claims", file.actors(), file.events(), file.claims());
				if (file.keptEdits() > 0) {
					out.printf(", %d editor changes kept", file.keptEdits());
				}
			}
			out.println();
			if (file.notes() != null) {
				out.printf("            %s%n", file.notes());
			}
		}
		if (report.message() != null) {
			out.printf("  note: %s%n", report.message());
		}
		ImportReport.Counts counts = report.counts();
		out.printf(
				"Files: %d created, %d updated, %d unchanged, %d failed. Extracted: %d actors, %d events, %d claims.%n",
				counts.created(), counts.updated(), counts.unchanged(), counts.failed(), counts.actors(),
				counts.events(), counts.claims());
	}

}
