package org.newsline.ingest;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One file's line in an import report: its outcome, the reason when it failed, and what
 * was extracted from it.
 */
@Entity
@Table(name = "import_file")
public class ImportFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_file_seq")
	@SequenceGenerator(name = "import_file_seq", sequenceName = "import_file_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "run_id", nullable = false)
	private ImportRun run;

	@Column(name = "file_name", nullable = false, length = 500)
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FileOutcome outcome;

	@Column
	private @Nullable String reason;

	@Column(name = "article_id")
	private @Nullable Long articleId;

	@Column(name = "actors_found", nullable = false)
	private int actorsFound;

	@Column(name = "events_found", nullable = false)
	private int eventsFound;

	@Column(name = "claims_found", nullable = false)
	private int claimsFound;

	@Column(name = "kept_edits", nullable = false)
	private int keptEdits;

	@Column
	private @Nullable String notes;

	protected ImportFile() {
		this.fileName = "";
		this.outcome = FileOutcome.FAILED;
	}

	ImportFile(ImportRun run, String fileName, FileOutcome outcome, @Nullable String reason) {
		this.run = run;
		this.fileName = fileName;
		this.outcome = outcome;
		this.reason = reason;
	}

	void counted(@Nullable Long articleId, int actors, int events, int claims, int keptEdits, @Nullable String notes) {
		this.articleId = articleId;
		this.actorsFound = actors;
		this.eventsFound = events;
		this.claimsFound = claims;
		this.keptEdits = keptEdits;
		this.notes = notes;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	public FileOutcome getOutcome() {
		return this.outcome;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public @Nullable Long getArticleId() {
		return this.articleId;
	}

	public int getActorsFound() {
		return this.actorsFound;
	}

	public int getEventsFound() {
		return this.eventsFound;
	}

	public int getClaimsFound() {
		return this.claimsFound;
	}

	public int getKeptEdits() {
		return this.keptEdits;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof ImportFile file && this.id != null && Objects.equals(this.id, file.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
