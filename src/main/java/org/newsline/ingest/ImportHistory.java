package org.newsline.ingest;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads past and running import runs with their per-file reports.
 */
@Service
@Transactional(readOnly = true)
public class ImportHistory {

	private final ImportRunRepository runs;

	ImportHistory(ImportRunRepository runs) {
		this.runs = runs;
	}

	public Optional<ImportReport> latest() {
		return this.runs.findFirstByOrderByIdDesc().map(ImportReport::of);
	}

	public Optional<ImportReport> run(long id) {
		return this.runs.findWithFilesById(id).map(ImportReport::of);
	}

	/** The most recent runs, newest first, without their files. */
	public java.util.List<RunSummary> recent(int count) {
		return this.runs.findAllByOrderByIdDesc(org.springframework.data.domain.PageRequest.of(0, count))
			.map((run) -> new RunSummary(run.getId(), run.getStatus(), run.getTrigger(), run.getStartedBy(),
					run.getQueuedAt(), run.getFinishedAt(), run.getFilesTotal()))
			.getContent();
	}

	/** A line in the list of runs. */
	public record RunSummary(long id, ImportStatus status, ImportRun.Trigger trigger, String startedBy,
			java.time.Instant queuedAt, java.time.@org.jspecify.annotations.Nullable Instant finishedAt,
			int filesTotal) {

		public boolean active() {
			return this.status == ImportStatus.QUEUED || this.status == ImportStatus.RUNNING;
		}

	}

}
