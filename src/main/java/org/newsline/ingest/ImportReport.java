package org.newsline.ingest;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import run did, file by file, with totals: the report admins and the command
 * line read.
 */
public record ImportReport(long id, ImportStatus status, ImportRun.Trigger trigger, String startedBy, Instant queuedAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, int filesTotal, @Nullable String message,
		List<FileReport> files, Counts counts) {

	/** One file's outcome. */
	public record FileReport(String file, FileOutcome outcome, @Nullable String reason, @Nullable Long articleId,
			int actors, int events, int claims, int keptEdits, @Nullable String notes) {
	}

	/** Totals over the files. */
	public record Counts(long created, long updated, long unchanged, long failed, long actors, long events, long claims,
			long keptEdits) {
	}

	static ImportReport of(ImportRun run) {
		List<FileReport> files = run.getFiles()
			.stream()
			.map((f) -> new FileReport(f.getFileName(), f.getOutcome(), f.getReason(), f.getArticleId(),
					f.getActorsFound(), f.getEventsFound(), f.getClaimsFound(), f.getKeptEdits(), f.getNotes()))
			.toList();
		Counts counts = new Counts(run.count(FileOutcome.CREATED), run.count(FileOutcome.UPDATED),
				run.count(FileOutcome.UNCHANGED), run.count(FileOutcome.FAILED),
				files.stream().mapToLong(FileReport::actors).sum(), files.stream().mapToLong(FileReport::events).sum(),
				files.stream().mapToLong(FileReport::claims).sum(),
				files.stream().mapToLong(FileReport::keptEdits).sum());
		return new ImportReport(run.getId(), run.getStatus(), run.getTrigger(), run.getStartedBy(), run.getQueuedAt(),
				run.getStartedAt(), run.getFinishedAt(), run.getFilesTotal(), run.getMessage(), files, counts);
	}

	public boolean hasFailures() {
		return this.counts.failed() > 0 || this.status == ImportStatus.FAILED;
	}

}
