package org.newsline.sources.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.newsline.ingest.FileOutcome;
import org.newsline.ingest.ImportAlreadyRunningException;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.sources.FeedPoller;
import org.newsline.sources.Feeds;
import org.newsline.sources.ItemState;
import org.newsline.sources.SourcesSettings;
import org.newsline.sources.WebImport;
import org.newsline.sources.fetch.FetchRefused;
import org.newsline.sources.fetch.WebAddresses;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar newsline.jar import URL...} and {@code import --feed URL}: fetches
 * article addresses, or reads a feed (followed from then on by the running server) and
 * imports its new items, without starting the web server; prints the import report and
 * exits 0 when every address was imported, 1 when one was refused or failed, 2 when it
 * could not run.
 */
public final class WebImportCommand {

	static final int OK = 0;

	static final int ADDRESS_FAILED = 1;

	static final int UNUSABLE = 2;

	private WebImportCommand() {
	}

	/** Whether the arguments after {@code import} name web addresses or a feed. */
	public static boolean wants(String[] args) {
		for (String arg : args) {
			if (arg.equals("--feed") || arg.startsWith("--feed=") || arg.startsWith("http://")
					|| arg.startsWith("https://")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs the command with the arguments after {@code import}; returns the exit status.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		List<String> addresses = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		String feed = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--feed") && i + 1 < args.length) {
				feed = args[++i];
			}
			else if (arg.startsWith("--feed=")) {
				feed = arg.substring("--feed=".length());
			}
			else if (arg.startsWith("--")) {
				springArgs.add(arg);
			}
			else {
				addresses.add(arg);
			}
		}
		if ((feed == null) == addresses.isEmpty()) {
			out.println("usage: java -jar newsline.jar import URL...");
			out.println("       java -jar newsline.jar import --feed URL");
			out.println("  URL is an article's http or https address; a feed is RSS 2.0 or Atom 1.0");
			return UNUSABLE;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("newsline.import.seed-on-first-start=false", "newsline.sources.polling=false",
					"spring.main.banner-mode=off", "logging.level.root=warn", "logging.level.org.newsline=warn")
			.run(springArgs.toArray(String[]::new))) {
			String user = "cli:" + System.getProperty("user.name", "unknown");
			if (feed != null) {
				return importFeed(context, feed, user, out);
			}
			WebImport.Result result = context.getBean(WebImport.class)
				.importAddresses(addresses, ImportRun.Trigger.CLI, user);
			print(result, out);
			return failed(result) ? ADDRESS_FAILED : OK;
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
			out.println("With the embedded database, stop the running server first or use /admin/sources.");
			return UNUSABLE;
		}
	}

	private static int importFeed(ConfigurableApplicationContext context, String address, String user,
			PrintStream out) {
		String url;
		try {
			url = WebAddresses.parse(address).toString();
		}
		catch (FetchRefused ex) {
			out.println(ex.getMessage());
			return ADDRESS_FAILED;
		}
		Feeds feeds = context.getBean(Feeds.class);
		int minutes = context.getBean(SourcesSettings.class).defaultPollMinutes();
		long id = feeds.findByUrl(url)
			.map((known) -> known.id())
			.orElseGet(() -> feeds.add(url, minutes, user, Instant.now())
				.orElseGet(() -> feeds.findByUrl(url).orElseThrow().id()));
		FeedPoller.Poll poll = context.getBean(FeedPoller.class).pollNow(id).orElse(null);
		if (poll == null) {
			out.println("The feed is being read by a running Newsline now; try again when it has finished.");
			return UNUSABLE;
		}
		if (poll.error() != null) {
			out.println("Feed " + url + " could not be read: " + poll.error());
			return ADDRESS_FAILED;
		}
		out.printf("Feed %s: %s, %d new %s%n", url, poll.notModified() ? "not modified since the last read" : "read",
				poll.newEntries(), (poll.newEntries() == 1) ? "item" : "items");
		boolean failed = false;
		for (WebImport.Result result : poll.imports()) {
			print(result, out);
			failed |= failed(result);
		}
		return failed ? ADDRESS_FAILED : OK;
	}

	private static boolean failed(WebImport.Result result) {
		return result.count(ItemState.REFUSED) + result.count(ItemState.FAILED) > 0
				|| (result.report() != null && result.report().hasFailures());
	}

	static void print(WebImport.Result result, PrintStream out) {
		ImportReport report = result.report();
		if (report != null) {
			out.printf("Import run %d: %s%n", report.id(), report.status());
			for (ImportReport.FileReport file : report.files()) {
				out.printf("  %-9s %s", file.outcome(), file.file());
				if (file.reason() != null) {
					out.printf(" — %s", file.reason());
				}
				else if (file.outcome() != FileOutcome.UNCHANGED) {
					out.printf(" — %d actors, %d events, %d claims", file.actors(), file.events(), file.claims());
				}
				out.println();
			}
		}
		for (WebImport.Line line : result.lines()) {
			if (line.state() == ItemState.DUPLICATE) {
				out.printf("  %-9s %s — %s%n", "DUPLICATE", WebAddresses.shown(line.url()), line.reason());
			}
		}
		if (report != null) {
			ImportReport.Counts counts = report.counts();
			out.printf(
					"Addresses: %d created, %d updated, %d unchanged, %d failed or refused, %d duplicates. "
							+ "Extracted: %d actors, %d events, %d claims.%n",
					counts.created(), counts.updated(), counts.unchanged(), counts.failed(),
					result.count(ItemState.DUPLICATE), counts.actors(), counts.events(), counts.claims());
		}
		else {
			out.printf("Addresses: %d duplicates, nothing new to import.%n", result.count(ItemState.DUPLICATE));
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
