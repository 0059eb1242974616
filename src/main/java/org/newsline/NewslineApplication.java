package org.newsline;

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
		SpringApplication.run(NewslineApplication.class, args);
	}

}
