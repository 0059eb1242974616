package org.newsline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ImportRun.Trigger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an import run's row current, each step in its own short transaction so the report
 * survives whatever happens to the files.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportRuns {

	private final ImportRunRepository runs;

	private final Clock clock;

	ImportRuns(ImportRunRepository runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	long queue(String startedBy, Trigger trigger, int files) {
		return this.runs.save(new ImportRun(startedBy, trigger, files, Instant.now(this.clock))).getId();
	}

	void start(long runId) {
		this.runs.findById(runId).orElseThrow().start(Instant.now(this.clock));
	}

	void record(long runId, FileResult result) {
		ImportRun run = this.runs.findById(runId).orElseThrow();
		ImportFile file = run.record(result.file(), result.outcome(), result.reason());
		file.counted(result.articleId(), result.actors(), result.events(), result.claims(), result.keptEdits(),
				result.notes().isEmpty() ? null : String.join("; ", result.notes()));
	}

	void finish(long runId, @Nullable String message) {
		this.runs.findById(runId).orElseThrow().finish(Instant.now(this.clock), message);
	}

	void fail(long runId, String message) {
		this.runs.findById(runId).orElseThrow().fail(Instant.now(this.clock), message);
	}

	@Transactional(readOnly = true)
	ImportReport report(long runId) {
		return ImportReport.of(this.runs.findWithFilesById(runId).orElseThrow());
	}

	/**
	 * Marks runs left queued or running as failed, each with the reason given for its id;
	 * returns how many. Call it only while holding the import lock, so that no run still
	 * in progress is among them.
	 */
	int failUnfinished(LongFunction<String> reason) {
		List<ImportRun> stale = this.runs.findUnfinishedInProcess();
		stale.forEach((run) -> run.fail(Instant.now(this.clock), reason.apply(run.getId())));
		return stale.size();
	}

	/** One file's line for the report. */
	record FileResult(String file, FileOutcome outcome, @Nullable String reason, @Nullable Long articleId, int actors,
			int events, int claims, int keptEdits, List<String> notes) {

		static FileResult failed(String file, String reason) {
			return new FileResult(file, FileOutcome.FAILED, reason, null, 0, 0, 0, 0, List.of());
		}

	}

}
