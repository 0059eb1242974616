package org.newsline.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One import: who started it and how, when, and what happened to each file.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

	/** How a run was started. */
	public enum Trigger {

		STARTUP, ADMIN, UPLOAD, CLI,

		/** Article addresses an admin added. */
		WEB,

		/** A feed's poll. */
		FEED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
	@SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
	private @Nullable Long id;

	@Column(name = "started_by", nullable = false, length = 64)
	private String startedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "triggered_by", nullable = false, length = 16)
	private Trigger trigger;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ImportStatus status;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@Column(name = "files_total", nullable = false)
	private int filesTotal;

	@Column
	private @Nullable String message;

	@OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ImportFile> files = new ArrayList<>();

	@Version
	private long version;

	protected ImportRun() {
		this.startedBy = "";
		this.trigger = Trigger.CLI;
		this.status = ImportStatus.QUEUED;
		this.queuedAt = Instant.EPOCH;
	}

	public ImportRun(String startedBy, Trigger trigger, int filesTotal, Instant now) {
		this.startedBy = startedBy;
		this.trigger = trigger;
		this.status = ImportStatus.QUEUED;
		this.filesTotal = filesTotal;
		this.queuedAt = now;
	}

	public void start(Instant now) {
		this.status = ImportStatus.RUNNING;
		this.startedAt = now;
	}

	public ImportFile record(String fileName, FileOutcome outcome, @Nullable String reason) {
		ImportFile file = new ImportFile(this, fileName, outcome, reason);
		this.files.add(file);
		return file;
	}

	public void finish(Instant now, @Nullable String message) {
		this.status = this.files.stream().allMatch((file) -> file.getOutcome() == FileOutcome.FAILED)
				&& !this.files.isEmpty() ? ImportStatus.FAILED : ImportStatus.SUCCEEDED;
		this.finishedAt = now;
		this.message = message;
	}

	public void fail(Instant now, String message) {
		this.status = ImportStatus.FAILED;
		this.finishedAt = now;
		this.message = message;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Trigger getTrigger() {
		return this.trigger;
	}

	public ImportStatus getStatus() {
		return this.status;
	}

	public Instant getQueuedAt() {
		return this.queuedAt;
	}

	public @Nullable Instant getStartedAt() {
		return this.startedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return this.finishedAt;
	}

	public int getFilesTotal() {
		return this.filesTotal;
	}

	public @Nullable String getMessage() {
		return this.message;
	}

	public List<ImportFile> getFiles() {
		return Collections.unmodifiableList(this.files);
	}

	public long count(FileOutcome outcome) {
		return this.files.stream().filter((file) -> file.getOutcome() == outcome).count();
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof ImportRun run && this.id != null && Objects.equals(this.id, run.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
