package org.newsline.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ImportRuns.FileResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Takes import jobs from the queue, one article at a time, at a lower processor priority:
 * in a worker process ({@code java -jar newsline.jar worker}) always, and in a web node
 * when {@code newsline.import.run-in-web} is on (the default, so one machine needs one
 * process). A web node with it off never runs a job, so it never loads the language
 * models. A worker that dies mid-article stops its heartbeat; once it has missed a few,
 * another worker takes the job again from the start, and the file's line in the report
 * and the article's content hash keep anything from being written twice. A job that loses
 * the database is tried again later, with a growing pause; a file that fails for its
 * content fails once, with its reason.
 */
@Component
class ImportWorker implements SmartLifecycle {

	/** How often a worker tells the queue it is alive while it runs a job. */
	static final Duration HEARTBEAT = Duration.ofSeconds(3);

	/**
	 * How many heartbeats a worker may miss before its job is given to another: 30 s, so
	 * that a long pause of a busy JVM (loading the models on two loaded processors paused
	 * every thread for 11 s in a test) does not pass for a death.
	 */
	static final int MISSED_HEARTBEATS = 10;

	private static final Logger logger = LoggerFactory.getLogger(ImportWorker.class);

	private final DataSource dataSource;

	private final ArticleImporter importer;

	private final ImportJobs jobs;

	private final boolean enabled;

	private final String name;

	private @Nullable Scheduler scheduler;

	private @Nullable ExecutorService threads;

	ImportWorker(DataSource dataSource, ArticleImporter importer, ImportJobs jobs, IngestSettings settings,
			ApplicationContext context) {
		this.dataSource = dataSource;
		this.importer = importer;
		this.jobs = jobs;
		this.enabled = settings.worker() || (settings.runInWeb() && context instanceof WebApplicationContext);
		this.name = host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 4);
	}

	/** Whether this instance takes import jobs. */
	boolean enabled() {
		return this.enabled;
	}

	/** The name this worker gives the report lines it writes. */
	String name() {
		return this.name;
	}

	@Override
	public synchronized void start() {
		if (!this.enabled || this.scheduler != null) {
			return;
		}
		OneTimeTask<Void> task = Tasks.oneTime(ImportJobs.TASK, Void.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
			// a dead worker's job keeps its place in the queue: taken again before the
			// run's later files, as a clean run would take it, since an article's events
			// merge into those of the articles imported before it
			.onDeadExecution((dead, operations) -> operations.reschedule(dead, dead.getExecution().executionTime))

			.execute((instance, context) -> run(Long.parseLong(instance.getId())));
		ExecutorService threads = Executors.newSingleThreadExecutor((job) -> {
			Thread thread = new Thread(() -> {
				BackgroundPriority.lowerForThisThread();
				job.run();
			}, "import-worker");
			thread.setDaemon(true);
			return thread;
		});
		Scheduler started = Scheduler.create(this.dataSource, task)
			.schedulerName(new SchedulerName.Fixed(this.name))
			.executorService(threads)
			.threads(1)
			// a job is locked only as it starts, so none waits picked, without a
			// heartbeat, behind a running one
			.pollUsingFetchAndLockOnExecute(0.5, 1.0)
			.pollingInterval(Duration.ofSeconds(1))
			.heartbeatInterval(HEARTBEAT)
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.shutdownMaxWait(Duration.ofSeconds(10))
			.failureLogging(LogLevel.WARN, false)
			.build();
		started.start();
		this.scheduler = started;
		this.threads = threads;
		logger.info("Import worker {} takes jobs from the queue", this.name);
	}

	@Override
	public synchronized void stop() {
		Scheduler running = this.scheduler;
		if (running != null) {
			running.stop();
			this.scheduler = null;
		}
		ExecutorService busy = this.threads;
		if (busy != null) {
			// a job still running stops here: its write rolls back, and the job, no
			// longer beating, is taken again by another worker
			busy.shutdownNow();
			try {
				busy.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.threads = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	/**
	 * Looks for jobs at once when this instance queued some, instead of at its next poll.
	 */
	@EventListener
	void queued(ImportQueued queued) {
		Scheduler running = this.scheduler;
		if (running != null) {
			running.triggerCheckForDueExecutions();
		}
	}

	/**
	 * Runs one job: the file's import, then its line in the report, then the run's end
	 * when it was the last. Throws when the database is lost, so the job is tried again.
	 */
	void run(long jobId) {
		Optional<ImportJobs.Job> found = this.jobs.find(jobId);
		if (found.isEmpty()) {
			return;
		}
		ImportJobs.Job job = found.get();
		if (!job.reported()) {
			this.jobs.start(job.runId());
			FileResult result = importOne(job);
			int done = this.jobs.record(job, result, this.name);
			logger.info("Import run {}: {} {}{}", job.runId(), result.file(), result.outcome(),
					(result.reason() != null) ? " (" + result.reason() + ")" : "");
			boolean finished = this.jobs.finishIfComplete(job.runId());
			this.importer.progressed(job.runId(), done, job.filesTotal(), finished);
		}
		else if (this.jobs.finishIfComplete(job.runId())) {
			this.importer.progressed(job.runId(), job.filesTotal(), job.filesTotal(), true);
		}
	}

	private FileResult importOne(ImportJobs.Job job) {
		try {
			return this.importer.importJob(job);
		}
		catch (OutOfMemoryError ex) {
			// not the file's fault, nor the database's: the heap is too small for the
			// language models, and trying again would fail the same way
			logger.error("Import of {} ran out of memory", job.file().name(), ex);
			return FileResult.failed(job.file().name(),
					"could not be imported: out of memory (the language models need about 1.5 GB of heap)");
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "worker";
		}
	}

}
