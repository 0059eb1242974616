/**
 * Drafts events, actors and claims from article files and records each import run.
 */
@ApplicationModule(displayName = "Ingest",
		allowedDependencies = { "article", "actor", "event", "claim", "shared", "shared :: audit" })
@NullMarked
package org.newsline.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
