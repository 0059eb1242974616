package org.newsline.ingest;

import org.newsline.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, reports imports a previous process left unfinished as failed, and fills an
 * empty database from the seed folder in the background.
 */
@Component
class SeedOnFirstStart implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedOnFirstStart.class);

	private final ArticleImporter importer;

	private final ImportRunSweeper sweeper;

	private final ImportRunRepository runRepository;

	private final ArticleRepository articles;

	private final IngestSettings settings;

	SeedOnFirstStart(ArticleImporter importer, ImportRunSweeper sweeper, ImportRunRepository runRepository,
			ArticleRepository articles, IngestSettings settings) {
		this.importer = importer;
		this.sweeper = sweeper;
		this.runRepository = runRepository;
		this.articles = articles;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		// The sweeper holds the import lock, so a run another instance starts at this
		// moment is never mistaken for one left behind.
		int interrupted = this.sweeper.sweep(ImportRunSweeper.APPLICATION_STOPPED);
		if (interrupted > 0) {
			logger.warn("Marked {} import runs interrupted by an earlier stop as failed", interrupted);
		}
		if (!this.settings.seedOnFirstStart() || !empty()) {
			return;
		}
		try {
			this.importer.startSeedImportIfEmpty(this::empty, ImportRun.Trigger.STARTUP, "system")
				.ifPresentOrElse(
						(runId) -> logger.info("Importing the seed folder {} in the background (import run {})",
								this.settings.seedFolder(), runId),
						() -> logger.info("Another instance imported the seed folder meanwhile"));
		}
		catch (ImportAlreadyRunningException ex) {
			logger.info("Another instance is importing; the seed folder is left to it");
		}
	}

	private boolean empty() {
		return this.articles.count() == 0 && this.runRepository.count() == 0;
	}

}
