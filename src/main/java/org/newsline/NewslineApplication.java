package org.newsline;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsline.ingest.cli.ImportCommand;
import org.newsline.sources.cli.WebImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.modulith.Modulithic;

/**
 * Newsline turns news articles into a curated, sourced timeline of events.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class NewslineApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(WebImportCommand.wants(rest) ? WebImportCommand.run(NewslineApplication.class, rest, System.out)
					: ImportCommand.run(NewslineApplication.class, rest, System.out));
		}
		if (args.length > 0 && args[0].equals("worker")) {
			awaitClose(worker(Arrays.copyOfRange(args, 1, args.length)));
			return;
		}
		SpringApplication.run(NewslineApplication.class, args);
	}

	/**
	 * Keeps the process alive until the context closes, as a web server's thread would.
	 */
	private static void awaitClose(ConfigurableApplicationContext context) {
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> closed.countDown());
		while (context.isActive()) {
			try {
				closed.await(1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Runs a worker: a process that only takes import jobs from the queue, with no web
	 * server (its health answers on {@code newsline.import.worker-health-port}).
	 */
	public static ConfigurableApplicationContext worker(String[] args) {
		return new SpringApplicationBuilder(NewslineApplication.class).web(WebApplicationType.NONE)
			.properties("newsline.import.worker=true", "newsline.import.seed-on-first-start=false")
			.run(args);
	}

}
