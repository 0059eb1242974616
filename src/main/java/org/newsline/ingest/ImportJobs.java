package org.newsline.ingest;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.ingest.ImportRuns.FileResult;
import org.newsline.ingest.document.FileNames;
import org.newsline.ingest.document.Manifest;
import org.newsline.ingest.document.ManifestEntry;
import org.newsline.ingest.document.UnreadableDocumentException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import runs as jobs on a PostgreSQL queue: a run is queued in one transaction with one
 * job per file (the file's bytes, read one at a time, and its manifest line) and the
 * jobs' entries on db-scheduler's queue, so the run and its jobs are there together or
 * not at all. Any worker on the database takes the jobs; a file's line in the report
 * names its job, so however often a job is taken, the file is reported once.
 */
@Component
class ImportJobs {

	/** The queue's name for "import one file of a run"; an instance is a job id. */
	static final String TASK = "import-article";

	private final JdbcClient jdbc;

	private final SchedulerClient queue;

	private final TransactionTemplate transactions;

	private final IngestSettings settings;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, IngestSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.queue = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues a run of the files, if the condition still holds once no other run can
	 * start; returns its id, or empty when the condition failed. Throws
	 * {@link ImportAlreadyRunningException} while another run is queued or running.
	 */
	Optional<Long> enqueue(List<InputFile> files, Manifest manifest, @Nullable String message, Trigger trigger,
			String startedBy, BooleanSupplier condition) {
		return this.transactions.execute((status) -> {
			refuseWhileAnotherRuns();
			if (!condition.getAsBoolean()) {
				return Optional.<Long>empty();
			}
			Instant now = Instant.now(this.clock);
			long runId = this.jdbc.sql("""
					insert into import_run (id, started_by, triggered_by, status, queued_at, files_total, message)
					values (nextval('import_run_seq'), :startedBy, :trigger, 'QUEUED', :now, :files, :message)
					returning id""")
				.param("startedBy", startedBy)
				.param("trigger", trigger.name())
				.param("now", Timestamp.from(now))
				.param("files", files.size())
				.param("message", message)
				.query(Long.class)
				.single();
			int position = 0;
			for (InputFile file : files) {
				long jobId = add(runId, position, file, manifest);
				// due a millisecond apart, so workers take the files in their order
				this.queue.schedule(new TaskInstance<Void>(TASK, Long.toString(jobId)), now.plusMillis(position));
				position++;
			}
			if (files.isEmpty()) {
				finishIfComplete(runId);
			}
			return Optional.of(runId);
		});
	}

	/** Whether a queued run is unfinished: its jobs are still being worked through. */
	boolean queuedRunUnfinished() {
		return this.jdbc.sql("""
				select exists (select 1 from import_run r where r.status in ('QUEUED', 'RUNNING')
				    and exists (select 1 from import_job j where j.run_id = r.id))""").query(Boolean.class).single();
	}

	/** The job, or empty when its run is gone. */
	Optional<Job> find(long jobId) {
		return this.jdbc.sql("""
				select j.id, j.run_id, j.file_name, j.content, j.refusal, j.entry_file, j.entry_outlet, j.entry_url,
				    j.entry_published, j.entry_title, r.files_total,
				    exists (select 1 from import_file f where f.job_id = j.id) as reported
				from import_job j join import_run r on r.id = j.run_id where j.id = :id""")
			.param("id", jobId)
			.query((rs, row) -> {
				String name = rs.getString("file_name");
				byte[] content = rs.getBytes("content");
				String refusal = rs.getString("refusal");
				InputFile file = (content != null) ? InputFile.of(name, content)
						: InputFile.refused(name, (refusal != null) ? refusal : name + " was not read");
				LocalDate published = rs.getObject("entry_published", LocalDate.class);
				String entryFile = rs.getString("entry_file");
				ManifestEntry entry = (entryFile != null) ? new ManifestEntry(entryFile, rs.getString("entry_outlet"),
						rs.getString("entry_url"), published, rs.getString("entry_title")) : null;
				return new Job(rs.getLong("id"), rs.getLong("run_id"), file, entry, rs.getInt("files_total"),
						rs.getBoolean("reported"));
			})
			.optional();
	}

	/**
	 * Records a job's line in the report, unless a worker before this one did, and drops
	 * its bytes; returns how many of the run's files have their line.
	 */
	int record(Job job, FileResult result, String worker) {
		Integer done = this.transactions.execute((status) -> {
			this.jdbc.sql("""
					insert into import_file (id, run_id, file_name, outcome, reason, article_id, actors_found,
					    events_found, claims_found, kept_edits, notes, job_id, worker)
					values (nextval('import_file_seq'), :run, :file, :outcome, :reason, :article, :actors, :events,
					    :claims, :kept, :notes, :job, :worker)
					on conflict (job_id) do nothing""")
				.param("run", job.runId())
				.param("file", clip(result.file(), 500))
				.param("outcome", result.outcome().name())
				.param("reason", result.reason())
				.param("article", result.articleId())
				.param("actors", result.actors())
				.param("events", result.events())
				.param("claims", result.claims())
				.param("kept", result.keptEdits())
				.param("notes", result.notes().isEmpty() ? null : String.join("; ", result.notes()))
				.param("job", job.id())
				.param("worker", clip(worker, 200))
				.update();
			this.jdbc.sql("update import_job set content = null where id = :id").param("id", job.id()).update();
			return this.jdbc.sql("select count(*) from import_file where run_id = :run")
				.param("run", job.runId())
				.query(Integer.class)
				.single();
		});
		return (done != null) ? done : 0;
	}

	/** Marks the run running, unless it already is (or is over). */
	void start(long runId) {
		this.jdbc.sql("""
				update import_run set status = 'RUNNING', started_at = :now, version = version + 1
				where id = :id and status = 'QUEUED'""")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", runId)
			.update();
	}

	/**
	 * Finishes the run once every file has its line: failed when every file failed,
	 * succeeded otherwise. Returns whether this call finished it; of several workers
	 * ending their last jobs at once, one does.
	 */
	boolean finishIfComplete(long runId) {
		return this.jdbc.sql("""
				update import_run r set
				    status = case when r.files_total > 0 and not exists (select 1 from import_file f
				        where f.run_id = r.id and f.outcome <> 'FAILED') then 'FAILED' else 'SUCCEEDED' end,
				    started_at = coalesce(r.started_at, :now), finished_at = :now, version = r.version + 1
				where r.id = :id and r.status in ('QUEUED', 'RUNNING')
				  and (select count(*) from import_file f where f.run_id = r.id) >= r.files_total""")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", runId)
			.update() == 1;
	}

	private void refuseWhileAnotherRuns() {
		boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
			.param("key", ImportLock.KEY)
			.query(Boolean.class)
			.single();
		boolean unfinished = this.jdbc
			.sql("select exists (select 1 from import_run where status in ('QUEUED', 'RUNNING'))")
			.query(Boolean.class)
			.single();
		if (!locked || unfinished) {
			throw new ImportAlreadyRunningException();
		}
	}

	/** Stores one file of the run: its bytes within the size limit, or why not. */
	private long add(long runId, int position, InputFile file, Manifest manifest) {
		String name = FileNames.safe(file.name());
		byte[] content = null;
		String refusal = null;
		long size = file.size();
		if (size > this.settings.maxFileBytes()) {
			// refused on its size alone: a huge file is never read into memory
			refusal = UnreadableDocumentException.tooLarge(name, size, this.settings.maxFileBytes()).getMessage();
		}
		else if (size < 0) {
			refusal = name + " cannot be read: no such file";
		}
		else {
			try {
				content = file.read(this.settings.maxFileBytes());
			}
			catch (RefusedFileException ex) {
				refusal = ex.getMessage();
			}
			catch (IOException ex) {
				refusal = name + " cannot be read: " + ImportBatch.readProblem(ex);
			}
		}
		ManifestEntry entry = manifest.entryFor(name).orElse(null);
		return this.jdbc.sql("""
				insert into import_job (id, run_id, position, file_name, content, refusal, entry_file, entry_outlet,
				    entry_url, entry_published, entry_title)
				values (nextval('import_job_seq'), :run, :position, :name, :content, :refusal, :entryFile, :outlet,
				    :url, :published, :title)
				returning id""")
			.param("run", runId)
			.param("position", position)
			.param("name", clip(name, 500))
			.param("content", content)
			.param("refusal", (content == null && refusal == null) ? name + " was not read" : refusal)
			.param("entryFile", (entry != null) ? entry.file() : null)
			.param("outlet", (entry != null) ? entry.outlet() : null)
			.param("url", (entry != null) ? entry.url() : null)
			.param("published", (entry != null) ? entry.published() : null)
			.param("title", (entry != null) ? entry.title() : null)
			.query(Long.class)
			.single();
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	/**
	 * One file of a queued run, as a worker takes it.
	 *
	 * @param reported whether a worker before this one already wrote its report line
	 */
	record Job(long id, long runId, InputFile file, @Nullable ManifestEntry entry, int filesTotal, boolean reported) {

	}

}
