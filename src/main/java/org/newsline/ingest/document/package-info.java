/**
 * Turns one raw article file into clean article text with its metadata: it detects the
 * character set, extracts the main content of HTML pages, drops site chrome and
 * boilerplate, reads the {@code sources.csv} manifest, and measures how alike two article
 * texts are. Cleaned text keeps typographic quotes and dashes exactly as the source has
 * them, so offsets into it stay meaningful to readers.
 */
@NullMarked
package org.newsline.ingest.document;

import org.jspecify.annotations.NullMarked;
