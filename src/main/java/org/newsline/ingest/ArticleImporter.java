package org.newsline.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.jspecify.annotations.Nullable;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.ingest.ImportRuns.FileResult;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.document.CleaningRules;
import org.newsline.ingest.document.DocumentReader;
import org.newsline.ingest.document.FileNames;
import org.newsline.ingest.document.Manifest;
import org.newsline.ingest.document.ManifestEntry;
import org.newsline.ingest.document.UnreadableDocumentException;
import org.newsline.ingest.extract.ArticleExtraction;
import org.newsline.ingest.extract.ArticleExtractor;
import org.newsline.ingest.nlp.NlpPipeline;
import org.newsline.ingest.progress.ImportProgressed;
import org.newsline.shared.DataVersion;
import org.newsline.shared.DatabaseOutage;
import org.newsline.shared.audit.RevisionAuthor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Turns article files into drafted events, actors and claims: from a folder, from paths,
 * or from uploaded files. Each file is read, annotated outside any transaction, then
 * written in a transaction of its own, so one bad file never stops or undoes the rest.
 * Losing the database is different: the run stops at once, the file being written rolls
 * back, and the run is reported failed (by the {@link ImportRunSweeper} once the database
 * is back, if it cannot be now).
 */
@Service
public class ArticleImporter implements DisposableBean {

	/** Name of the manifest file read beside articles in a folder. */
	public static final String MANIFEST = "sources.csv";

	/**
	 * Bumped when extraction changes enough that unchanged files should be read again.
	 */
	static final String EXTRACTION_VERSION = "4";

	/**
	 * How often a file's write is tried before it is reported failed, when editors keep
	 * changing its records at the same moment.
	 */
	static final int WRITE_ATTEMPTS = 5;

	/**
	 * PostgreSQL's serialization failure, deadlock, lock not available and unique
	 * violation.
	 */
	private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "55P03", "23505");

	/** How many skipped file names a run's message lists before it only counts them. */
	private static final int MAX_SKIPPED_LISTED = 20;

	private static final Logger logger = LoggerFactory.getLogger(ArticleImporter.class);

	private final DocumentReader reader;

	private final ArticleExtractor extractor;

	private final ImportWriter writer;

	private final ImportRuns runs;

	private final ImportLock lock;

	private final ImportRunSweeper sweeper;

	private final ArticleState articles;

	private final IngestSettings settings;

	private final ExecutorService executor;

	private final ApplicationEventPublisher publisher;

	private final DataSource dataSource;

	private final DataVersion version;

	private final ImportJobs jobs;

	private final java.util.concurrent.atomic.AtomicReference<@Nullable Progress> progress = new java.util.concurrent.atomic.AtomicReference<>();

	/** How far the import running in this instance has come. */
	public record Progress(long runId, int done, int total) {
	}

	ArticleImporter(ArticleExtractor extractor, ImportWriter writer, ImportRuns runs, ImportLock lock,
			ImportRunSweeper sweeper, ArticleState articles, IngestSettings settings,
			ApplicationEventPublisher publisher, DataSource dataSource, DataVersion version, ImportJobs jobs) {
		CleaningRules defaults = CleaningRules.defaults().withMaxBytes(settings.maxFileBytes());
		List<java.util.regex.Pattern> boilerplate = new ArrayList<>(defaults.boilerplateLines());
		boilerplate.addAll(CleaningRules.compile(settings.extraBoilerplate()));
		this.reader = new DocumentReader(new CleaningRules(defaults.maxBytes(), boilerplate, defaults.sectionEnders(),
				defaults.attributionTrailers(), defaults.maxParagraphs(), defaults.maxBoilerplateLength(),
				defaults.attributionWindow(), defaults.maxTrailingHeadlineWords(), defaults.maxTitleWords(),
				settings.cleaning().thresholds()));
		this.extractor = extractor;
		this.writer = writer;
		this.runs = runs;
		this.lock = lock;
		this.sweeper = sweeper;
		this.articles = articles;
		this.settings = settings;
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(() -> {
				BackgroundPriority.lowerForThisThread();
				task.run();
			}, "import");
			thread.setDaemon(true);
			return thread;
		});
		this.publisher = publisher;
		this.dataSource = dataSource;
		this.version = version;
		this.jobs = jobs;
	}

	/**
	 * Imports every article file in a folder, with the folder's {@code sources.csv} as
	 * manifest.
	 */
	public ImportReport importFolder(Path folder, Trigger trigger, String startedBy) {
		return runNow(folderBatch(folder), trigger, startedBy);
	}

	/**
	 * Imports the given files and the article files in the given folders, with an
	 * optional manifest; a missing or unsupported path fails alone.
	 */
	public ImportReport importPaths(List<Path> paths, @Nullable Path manifestPath, Trigger trigger, String startedBy) {
		List<String> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Manifest manifest = (manifestPath != null) ? readManifest(manifestPath, problems) : Manifest.empty();
		List<InputFile> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				files.addAll(listFolder(path, problems, skipped));
			}
			else {
				files.add(InputFile.of(path));
			}
		}
		return runNow(new Batch(limited(files, problems), manifest, problems, skipped), trigger, startedBy);
	}

	/** Imports files already in memory, such as an upload. */
	public ImportReport importFiles(List<InputFile> files, Manifest manifest, Trigger trigger, String startedBy) {
		return runNow(Batch.of(files, manifest), trigger, startedBy);
	}

	/**
	 * Imports documents fetched from the web, each under its address; a refused one is
	 * reported failed with its reason, beside the others.
	 */
	public ImportReport importFetched(List<FetchedDocument> documents, Trigger trigger, String startedBy) {
		return runNow(Batch.of(List.copyOf(documents), Manifest.empty()), trigger, startedBy);
	}

	/**
	 * Queues an import of the seed folder to run in the background and returns its run
	 * id; throws {@link ImportAlreadyRunningException} when another import holds the
	 * lock.
	 */
	public long startSeedImport(Trigger trigger, String startedBy) {
		return startInBackground(folderBatch(this.settings.seedFolder()), trigger, startedBy);
	}

	/**
	 * Queues an import of the seed folder, as {@link #startSeedImport} does, if the
	 * database is still empty once the import lock is held; returns its run id, or empty
	 * when the database was filled meanwhile. Checking under the lock means that of
	 * several instances starting on one empty database exactly one imports the seeds.
	 */
	Optional<Long> startSeedImportIfEmpty(BooleanSupplier empty, Trigger trigger, String startedBy) {
		Batch batch = folderBatch(this.settings.seedFolder());
		return enqueue(batch, trigger, startedBy, empty);
	}

	/**
	 * Queues an import of files in memory to run in the background; returns its run id.
	 */
	public long startImport(List<InputFile> files, Manifest manifest, Trigger trigger, String startedBy) {
		return startInBackground(Batch.of(files, manifest), trigger, startedBy);
	}

	/** Runs a batch in the calling thread while holding the import lock. */
	private ImportReport runNow(Batch batch, Trigger trigger, String startedBy) {
		try (ImportLock.Held held = acquireLock()) {
			long runId = this.runs.queue(startedBy, trigger, batch.files().size());
			return execute(runId, batch, held);
		}
	}

	private long startInBackground(Batch batch, Trigger trigger, String startedBy) {
		return enqueue(batch, trigger, startedBy, () -> true).orElseThrow();
	}

	/**
	 * Queues the batch as a run of jobs, one per file, for any worker to take, if the
	 * condition holds once no other run can start.
	 */
	private Optional<Long> enqueue(Batch batch, Trigger trigger, String startedBy, BooleanSupplier condition) {
		Optional<Long> runId = this.jobs.enqueue(batch.files(), batch.manifest(), message(batch), trigger, startedBy,
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
		return importOne(job.file(), job.entry(), job.runId(), "importer", () -> true);
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
				FileResult result = extractAndWrite(stored.document(), stored.contentHash(), published,
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

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private ImportReport execute(long runId, Batch batch, ImportLock.Held held) {
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
	private void stopWithoutDatabase(long runId, Batch batch, RuntimeException cause) {
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

	private ImportReport executeRun(long runId, Batch batch, ImportLock.Held held) {
		this.runs.start(runId);
		this.progress.set(new Progress(runId, 0, batch.files().size()));
		// readers' views are rendered again every few seconds, not after every file
		int done = this.version.grouping(() -> importFiles(runId, batch, held));
		this.runs.finish(runId, message(batch));
		this.publisher.publishEvent(new ImportProgressed(runId, done, batch.files().size(), true));
		return this.runs.report(runId);
	}

	/** What the run's report says of the batch as a whole, if anything. */
	private static @Nullable String message(Batch batch) {
		List<String> messages = new ArrayList<>(batch.problems());
		if (!batch.skipped().isEmpty()) {
			List<String> skipped = batch.skipped();
			String listed = String.join(", ", skipped.subList(0, Math.min(skipped.size(), MAX_SKIPPED_LISTED)));
			if (skipped.size() > MAX_SKIPPED_LISTED) {
				listed += " and " + (skipped.size() - MAX_SKIPPED_LISTED) + " more";
			}
			messages.add("skipped files that are not articles: " + listed);
		}
		return messages.isEmpty() ? null : String.join("; ", messages);
	}

	private int importFiles(long runId, Batch batch, ImportLock.Held held) {
		int done = 0;
		String author = "importer";
		for (InputFile file : batch.files()) {
			FileResult result = importOne(file, batch.manifest().entryFor(FileNames.safe(file.name())).orElse(null),
					runId, author, held::stillHeld);
			this.runs.record(runId, result);
			done++;
			this.progress.set(new Progress(runId, done, batch.files().size()));
			this.publisher.publishEvent(new ImportProgressed(runId, done, batch.files().size(), false));
			logger.info("Import run {}: {} {}{}", runId, result.file(), result.outcome(),
					(result.reason() != null) ? " (" + result.reason() + ")" : "");
		}
		return done;
	}

	private FileResult importOne(InputFile file, @Nullable ManifestEntry entry, long runId, String author,
			BooleanSupplier stillEntitled) {
		// a fetched document's key is its address, which must keep its slashes
		String name = (file instanceof FetchedDocument) ? file.name() : FileNames.safe(file.name());
		try {
			long size = file.size();
			if (size > this.settings.maxFileBytes()) {
				// Refused on its size alone: a huge file is never read into memory.
				return FileResult.failed(name,
						UnreadableDocumentException.tooLarge(name, size, this.settings.maxFileBytes()).getMessage());
			}
			if (size < 0) {
				return FileResult.failed(name, name + " cannot be read: no such file");
			}
			byte[] content = file.read(this.settings.maxFileBytes());
			CleanDocument document;
			String hash;
			if (file instanceof FetchedDocument fetched) {
				ManifestEntry feedItem = new ManifestEntry(name, fetched.outlet(), null, fetched.published(),
						fetched.title());
				document = this.reader.read(name, content, fetched.html(),
						new ManifestEntry(name, null, name, null, null), feedItem);
				// what the page ends up with, not where the feed item's hints came from:
				// the same page reached by hand and through a feed is unchanged
				hash = contentHash(content, new ManifestEntry(name, document.outlet(), document.url(),
						document.published(), document.title()));
			}
			else {
				document = this.reader.read(name, content, entry);
				hash = contentHash(content, entry);
			}
			ArticleState.Known known = this.articles.known(document.key());
			if (known != null && known.contentHash().equals(hash)) {
				return new FileResult(document.key(), FileOutcome.UNCHANGED, null, known.id(), 0, 0, 0, 0, List.of());
			}
			java.time.LocalDate published = (known != null && known.editorDate() != null) ? known.editorDate()
					: document.published();
			PublicationSource source = (known != null && known.editorDate() != null) ? PublicationSource.EDITOR
					: PublicationSource.valueOf(document.publishedOrigin().name());
			return RevisionAuthor.callAs(author,
					() -> extractAndWrite(document, hash, published, source, runId, stillEntitled));
		}
		catch (UnreadableDocumentException ex) {
			return FileResult.failed(name, ex.getMessage());
		}
		catch (RefusedFileException ex) {
			return FileResult.failed(name, ex.getMessage());
		}
		catch (IOException ex) {
			return FileResult.failed(name, name + " cannot be read: " + readProblem(ex));
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isCauseOf(ex, this.dataSource)) {
				// not this file's fault: the whole run stops
				throw ex;
			}
			logger.warn("Import of {} failed", name, ex);
			if (concurrentChange(ex)) {
				return FileResult.failed(name,
						"could not be written in " + WRITE_ATTEMPTS
								+ " attempts while others changed the same records (" + ex.getClass().getSimpleName()
								+ "); nothing from this file was saved, import it again");
			}
			return FileResult.failed(name,
					"could not be imported (" + ex.getClass().getSimpleName() + "); nothing from this file was saved");
		}
		catch (StackOverflowError ex) {
			logger.warn("Import of {} failed", name, ex);
			return FileResult.failed(name,
					"could not be imported (" + ex.getClass().getSimpleName() + "); nothing from this file was saved");
		}
	}

	private FileResult extractAndWrite(CleanDocument document, String hash, java.time.@Nullable LocalDate published,
			PublicationSource source, long runId, BooleanSupplier stillEntitled) {
		ArticleExtraction extraction = this.extractor.extract(document.text(), published);
		if (!stillEntitled.getAsBoolean()) {
			// the database restarted during the annotation and took the lock with
			// it: another import may run now, so this one must not write
			throw new DataAccessResourceFailureException("Lost the import lock: the database connection is gone");
		}
		List<String> notes = new ArrayList<>(document.notes());
		if (extraction.analysedCharacters() < document.text().length()) {
			notes.add(String.format(Locale.ROOT,
					"events and claims drafted from the first %,d of %,d characters only (the analysis limit)",
					extraction.analysedCharacters(), document.text().length()));
		}
		if (extraction.brokenRuns() > 0) {
			notes.add(String.format(Locale.ROOT,
					"split %,d %s before analysis where over %,d characters ran without a sentence break",
					extraction.brokenRuns(), (extraction.brokenRuns() == 1) ? "time" : "times",
					NlpPipeline.MAX_SENTENCE_CHARACTERS));
		}
		ImportWriter.Written written = write(document, hash, published, source, extraction, runId, notes);
		if (published == null) {
			notes.add("relative dates left unresolved until a publication date is set");
		}
		notes.addAll(written.notes());
		return new FileResult(document.key(), written.outcome(), null, written.articleId(), written.actors(),
				written.events(), written.claims(), written.keptEdits(), notes);
	}

	/**
	 * Writes one file's extraction, again from a fresh read of the database when an
	 * editor's concurrent save made the attempt fail: the file's transaction rolled back
	 * whole, so nothing is written twice, and the next attempt sees and keeps the
	 * editor's change. The extraction itself depends on the text alone and is not
	 * repeated.
	 */
	private ImportWriter.Written write(CleanDocument document, String hash, java.time.@Nullable LocalDate published,
			PublicationSource source, ArticleExtraction extraction, long runId, List<String> notes) {
		for (int attempt = 1;; attempt++) {
			try {
				ImportWriter.Written written = this.writer.write(document, hash, published, source, extraction, runId);
				if (attempt > 1) {
					notes.add("written on attempt " + attempt + ", after editors changed its records meanwhile");
				}
				return written;
			}
			catch (RuntimeException ex) {
				if (attempt >= WRITE_ATTEMPTS || !concurrentChange(ex)) {
					throw ex;
				}
				logger.info("Import run {}: {} met a concurrent change ({}), writing it again", runId, document.key(),
						ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
	}

	/**
	 * Whether a write failed only because someone else changed the same rows at the same
	 * time: a stale version, a lock conflict or deadlock, a serialization failure, or a
	 * unique key taken meanwhile. Such a failure goes away when the write is tried again.
	 */
	static boolean concurrentChange(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException
					|| cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * attempt * attempt + ThreadLocalRandom.current().nextLong(20));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing an article", ex);
		}
	}

	private Batch folderBatch(Path folder) {
		List<String> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			problems.add("no such folder: " + folderName(folder));
			return new Batch(List.of(), Manifest.empty(), problems, skipped);
		}
		Path manifestPath = folder.resolve(MANIFEST);
		Manifest manifest = Manifest.empty();
		if (Files.isRegularFile(manifestPath)) {
			if (inside(folder, manifestPath)) {
				manifest = readManifest(manifestPath, problems);
			}
			else {
				problems.add(MANIFEST + " is a link to a file outside the folder; it was not read");
			}
		}
		List<InputFile> files = listFolder(folder, problems, skipped);
		return new Batch(limited(files, problems), manifest, problems, skipped);
	}

	/**
	 * The article files of a folder, without descending into sub-folders. A link is
	 * followed only to a file inside the folder; a link out of it, a pipe or a device is
	 * listed as refused, so the report says why it was not read.
	 */
	private static List<InputFile> listFolder(Path folder, List<String> problems, List<String> skipped) {
		List<InputFile> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(folder)) {
			for (Path path : listing.sorted().toList()) {
				String name = FileNames.safe(path.getFileName().toString());
				boolean article = isArticle(name);
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				if (!article) {
					if (!name.equals(MANIFEST) && !name.startsWith(".")) {
						skipped.add(name);
					}
				}
				else if (Files.isSymbolicLink(path)) {
					files.add(linked(folder, path, name));
				}
				else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					files.add(InputFile.of(path, name));
				}
				else {
					files.add(InputFile.refused(name,
							name + " is not a regular file (a pipe, socket or device); it was not read"));
				}
			}
		}
		catch (IOException ex) {
			problems.add("cannot list the folder " + folderName(folder) + ": " + readProblem(ex));
		}
		return files;
	}

	private static String folderName(Path folder) {
		Path name = folder.getFileName();
		return (name != null) ? FileNames.safe(name.toString()) : folder.toString();
	}

	private static InputFile linked(Path folder, Path link, String name) {
		if (!inside(folder, link)) {
			return InputFile.refused(name,
					name + " is a link to a file outside the folder; links out of the folder are not followed");
		}
		try {
			return InputFile.of(link.toRealPath(), name);
		}
		catch (IOException ex) {
			return InputFile.refused(name, name + " is a link to a file that does not exist");
		}
	}

	/** Whether a path, with every link resolved, lies inside the folder. */
	private static boolean inside(Path folder, Path path) {
		try {
			return path.toRealPath().startsWith(folder.toRealPath());
		}
		catch (IOException ex) {
			// a broken link: nothing outside can be read through it
			return true;
		}
	}

	private List<InputFile> limited(List<InputFile> files, List<String> problems) {
		if (files.size() <= this.settings.maxFilesPerRun()) {
			return files;
		}
		problems.add("only the first " + this.settings.maxFilesPerRun() + " of " + files.size() + " files imported");
		return files.subList(0, this.settings.maxFilesPerRun());
	}

	static String readProblem(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getClass().getSimpleName();
	}

	private static Manifest readManifest(Path path, List<String> problems) {
		try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Manifest manifest = Manifest.parse(in);
			manifest.problems().forEach((problem) -> problems.add(MANIFEST + " " + problem));
			return manifest;
		}
		catch (IOException ex) {
			problems.add("cannot read the manifest " + path.getFileName() + ": " + ex.getClass().getSimpleName());
			return Manifest.empty();
		}
	}

	static boolean isArticle(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
	}

	private static String contentHash(byte[] content, @Nullable ManifestEntry entry) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(content);
			digest.update(("\n" + EXTRACTION_VERSION + "\n" + entry).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Files of one run with their manifest, and what was noticed while gathering them.
	 */
	private record Batch(List<InputFile> files, Manifest manifest, List<String> problems, List<String> skipped) {

		static Batch of(List<InputFile> files, Manifest manifest) {
			return new Batch(files, manifest, manifest.problems(), List.of());
		}

	}

}
