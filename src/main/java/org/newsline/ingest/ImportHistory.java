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

}
