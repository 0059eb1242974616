package org.newsline.ingest.web;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ArticleImporter;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether articles are being imported right now, so the layout can say
 * "importing…" while the timeline fills. Read from memory: no query per page view.
 */
@ControllerAdvice
class ImportProgressAttribute {

	private final ArticleImporter importer;

	ImportProgressAttribute(ArticleImporter importer) {
		this.importer = importer;
	}

	@ModelAttribute("importProgress")
	ArticleImporter.@Nullable Progress importProgress() {
		return this.importer.progress().orElse(null);
	}

}
