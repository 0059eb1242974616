package org.newsline.ingest.web;

import org.newsline.ingest.ImportHistory;
import org.newsline.ingest.ImportReport;
import org.newsline.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The latest import run's report as JSON; 404 until there has been one.
 */
@RestController
class ImportApiController {

	private final ImportHistory history;

	ImportApiController(ImportHistory history) {
		this.history = history;
	}

	@GetMapping(path = "/api/imports/latest", produces = "application/json")
	ImportReport latest() {
		return this.history.latest().orElseThrow(() -> NotFoundException.of("Import run", "latest"));
	}

}
