package org.newsline;

import java.util.Arrays;

import org.newsline.ingest.cli.ImportCommand;
import org.newsline.sources.cli.WebImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
		SpringApplication.run(NewslineApplication.class, args);
	}

}
