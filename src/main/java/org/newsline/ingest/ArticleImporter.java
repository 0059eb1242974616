package org.newsline.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.ingest.ImportRuns.FileResult;
import org.newsline.ingest.document.FileNames;
import org.newsline.ingest.document.Manifest;
import org.newsline.ingest.progress.ImportProgressed;
import org.newsline.shared.DataVersion;
import org.newsline.shared.DatabaseOutage;
import org.newsline.shared.audit.RevisionAuthor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The import run's lifecycle: turns a folder, paths, uploaded files or fetched pages into
 * a run, queued as jobs for any worker or run at once in the calling thread under the
 * import lock, with its progress and report. Each file is imported by {@link FileImport}
 * in a transaction of its own, so one bad file never stops or undoes the rest. Losing the
 * database is different: the run stops at once, the file being written rolls back, and
 * the run is reported failed (by the {@link ImportRunSweeper} once the database is back,
 * if it cannot be now).
 */
@Service
public class ArticleImporter {

	/** Name of the manifest file read beside articles in a folder. */
	public static final String MANIFEST = "sources.csv";

	private static final Logger logger = LoggerFactory.getLogger(ArticleImporter.class);

	private final FileImport files;

	private final ImportRuns runs;

	private final ImportLock lock;

	private final ImportRunSweeper sweeper;

	private final ArticleState articles;

	private final IngestSettings settings;

	private final ApplicationEventPublisher publisher;

	private final DataVersion version;

	private final ImportJobs jobs;

	private final java.util.concurrent.atomic.AtomicReference<@Nullable Progress> progress = new java.util.concurrent.atomic.AtomicReference<>();

	/** How far the import running in this instance has come. */
	public record Progress(long runId, int done, int total) {
	}

	ArticleImporter(FileImport files, ImportRuns runs, ImportLock lock, ImportRunSweeper sweeper, ArticleState articles,
			IngestSettings settings, ApplicationEventPublisher publisher, DataVersion version, ImportJobs jobs) {
		this.files = files;
		this.runs = runs;
		this.lock = lock;
		this.sweeper = sweeper;
		this.articles = articles;
		this.settings = settings;
		this.publisher = publisher;
		this.version = version;
		this.jobs = jobs;
	}

	/**
	 * Imports every article file in a folder, with the folder's {@code sources.csv} as
	 * manifest.
	 */
	public ImportReport importFolder(Path folder, Trigger trigger, String startedBy) {
		return runNow(ImportBatch.ofFolder(folder, this.settings.maxFilesPerRun()), trigger, startedBy);
	}

	/**
	 * Imports the given files and the article files in the given folders, with an
	 * optional manifest; a missing or unsupported path fails alone.
	 */
	public ImportReport importPaths(List<Path> paths, @Nullable Path manifestPath, Trigger trigger, String startedBy) {
		return runNow(ImportBatch.ofPaths(paths, manifestPath, this.settings.maxFilesPerRun()), trigger, startedBy);
	}

	/** Imports files already in memory, such as an upload. */
	public ImportReport importFiles(List<InputFile> files, Manifest manifest, Trigger trigger, String startedBy) {
		return runNow(ImportBatch.of(files, manifest), trigger, startedBy);
	}

	/**
	 * Imports documents fetched from the web, each under its address; a refused one is
	 * reported failed with its reason, beside the others.
	 */
	public ImportReport importFetched(List<FetchedDocument> documents, Trigger trigger, String startedBy) {
		return runNow(ImportBatch.of(List.copyOf(documents), Manifest.empty()), trigger, startedBy);
	}

	/**
	 * Queues an import of the seed folder to run in the background and returns its run
	 * id; throws {@link ImportAlreadyRunningException} when another import holds the
	 * lock.
	 */
	public long startSeedImport(Trigger trigger, String startedBy) {
		return startInBackground(ImportBatch.ofFolder(this.settings.seedFolder(), this.settings.maxFilesPerRun()),
				trigger, startedBy);
	}

	/**
	 * Queues an import of the seed folder, as {@link #startSeedImport} does, if the
	 * database is still empty once the import lock is held; returns its run id, or empty
	 * when the database was filled meanwhile. Checking under the lock means that of
	 * several instances starting on one empty database exactly one imports the seeds.
	 */
	Optional<Long> startSeedImportIfEmpty(BooleanSupplier empty, Trigger trigger, String startedBy) {
		ImportBatch batch = ImportBatch.ofFolder(this.settings.seedFolder(), this.settings.maxFilesPerRun());
		return enqueue(batch, trigger, startedBy, empty);
	}

	/**
	 * Queues an import of files in memory to run in the background; returns its run id.
	 */
	public long startImport(List<InputFile> files, Manifest manifest, Trigger trigger, String startedBy) {
		return startInBackground(ImportBatch.of(files, manifest), trigger, startedBy);
	}

	/** Runs a batch in the calling thread while holding the import lock. */
	private ImportReport runNow(ImportBatch batch, Trigger trigger, String startedBy) {
		try (ImportLock.Held held = acquireLock()) {
			long runId = this.runs.queue(startedBy, trigger, batch.files().size());
			return execute(runId, batch, held);
		}
	}

	private long startInBackground(ImportBatch batch, Trigger trigger, String startedBy) {
		return enqueue(batch, trigger, startedBy, () -> true).orElseThrow();
	}

	/**
	 * Queues the batch as a run of jobs, one per file, for any worker to take, if the
	 * condition holds once no other run can start.
	 */
	private Optional<Long> enqueue(ImportBatch batch, Trigger trigger, String startedBy, BooleanSupplier condition) {
		Optional<Long> runId = this.jobs.enqueue(batch.files(), batch.manifest(), batch.message(), trigger, startedBy,
				condition);
		runId.ifPresent((id) -> this.publisher.publishEvent(new ImportQueued(id)));
		return runId;
	}

	/**
	 * The import lock, held on a connection of its own for a run in this thread; refused
	 * while a queued run's jobs are being worked through.
	 */
	private ImportLock.Held acquireLock() {
		ImportLock.Held held = this.lock.acquire();
		try {
			if (this.jobs.queuedRunUnfinished()) {
				throw new ImportAlreadyRunningException();
			}
			return held;
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
	}

	/**
	 * Imports one job's file, as a worker takes it from the queue. A file whose article
	 * is already stored with the same content is unchanged, so a job taken again after
	 * its worker died mid-article writes nothing twice.
	 */
	FileResult importJob(ImportJobs.Job job) {
		return this.files.importOne(job.file(), job.entry(), job.runId(), "importer", () -> true);
	}

	/**
	 * Tells this instance's pages and listeners how far a run has come, as a worker here
	 * reports each file.
	 */
	void progressed(long runId, int done, int total, boolean finished) {
		this.progress.set(finished ? null : new Progress(runId, done, total));
		this.publisher.publishEvent(new ImportProgressed(runId, done, total, finished));
	}

	/**
	 * Re-reads one stored article against a corrected publication date, which re-resolves
	 * its dates.
	 */
	public ImportReport redate(long articleId, java.time.LocalDate published, String startedBy) {
		try (ImportLock.Held held = acquireLock()) {
			long runId = this.runs.queue(startedBy, Trigger.ADMIN, 1);
			this.runs.start(runId);
			ArticleState.Stored stored = this.articles.redate(articleId, published);
			RevisionAuthor.runAs(startedBy, () -> {
				FileResult result = this.files.extractAndWrite(stored.document(), stored.contentHash(), published,
						PublicationSource.EDITOR, runId, held::stillHeld);
				this.runs.record(runId, result);
			});
			this.runs.finish(runId, "publication date set to " + published);
			return this.runs.report(runId);
		}
	}

	/** The import running in this instance, if any, read from memory. */
	public java.util.Optional<Progress> progress() {
		return java.util.Optional.ofNullable(this.progress.get());
	}

	/** Whether an import is running, here or in another instance on the same database. */
	public boolean isRunning() {
		try (ImportLock.Held held = acquireLock()) {
			return false;
		}
		catch (ImportAlreadyRunningException ex) {
			return true;
		}
	}

	private ImportReport execute(long runId, ImportBatch batch, ImportLock.Held held) {
		try {
			return executeRun(runId, batch, held);
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isCauseOf(ex)) {
				stopWithoutDatabase(runId, batch, ex);
			}
			throw ex;
		}
		catch (OutOfMemoryError ex) {
			// Not one file's fault (each is read within its size limit): the heap is too
			// small for the language models. The run says so instead of looking busy.
			failQuietly(runId, "stopped: out of memory (the language models need about 1.5 GB of heap); "
					+ "files not listed were not imported", ex);
			throw ex;
		}
		finally {
			this.progress.set(null);
		}
	}

	/**
	 * Ends a run that lost the database: the file being written rolled back with its
	 * transaction; the run is marked failed now, or by the sweeper once the database is
	 * back.
	 */
	private void stopWithoutDatabase(long runId, ImportBatch batch, RuntimeException cause) {
		Progress reached = this.progress.get();
		int done = (reached != null) ? reached.done() : 0;
		logger.warn("Import run {} stopped after {} of {} files: the database is unavailable ({})", runId, done,
				batch.files().size(), cause.toString());
		try {
			this.runs.fail(runId, ImportRunSweeper.DATABASE_LOST);
		}
		catch (RuntimeException ex) {
			this.sweeper.stopped(runId, ImportRunSweeper.DATABASE_LOST);
			logger.info("Import run {} will be reported failed once the database is back", runId);
		}
		this.publisher.publishEvent(new ImportProgressed(runId, done, batch.files().size(), true));
	}

	private void failQuietly(long runId, String message, Throwable cause) {
		try {
			this.runs.fail(runId, message);
		}
		catch (RuntimeException | Error ex) {
			cause.addSuppressed(ex);
		}
	}

	private ImportReport executeRun(long runId, ImportBatch batch, ImportLock.Held held) {
		this.runs.start(runId);
		this.progress.set(new Progress(runId, 0, batch.files().size()));
		// readers' views are rendered again every few seconds, not after every file
		int done = this.version.grouping(() -> importFiles(runId, batch, held));
		this.runs.finish(runId, batch.message());
		this.publisher.publishEvent(new ImportProgressed(runId, done, batch.files().size(), true));
		return this.runs.report(runId);
	}

	private int importFiles(long runId, ImportBatch batch, ImportLock.Held held) {
		int done = 0;
		String author = "importer";
		for (InputFile file : batch.files()) {
			FileResult result = this.files.importOne(file,
					batch.manifest().entryFor(FileNames.safe(file.name())).orElse(null), runId, author,
					held::stillHeld);
			this.runs.record(runId, result);
			done++;
			this.progress.set(new Progress(runId, done, batch.files().size()));
			this.publisher.publishEvent(new ImportProgressed(runId, done, batch.files().size(), false));
			logger.info("Import run {}: {} {}{}", runId, result.file(), result.outcome(),
					(result.reason() != null) ? " (" + result.reason() + ")" : "");
		}
		return done;
	}

}
