/**
 * Imported source documents: their cleaned text, metadata and provenance, and the
 * evidence spans that point into them.
 */
@ApplicationModule(displayName = "Articles", allowedDependencies = { "shared" })
@NullMarked
package org.newsline.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
