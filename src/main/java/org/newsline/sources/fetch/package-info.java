/**
 * The fetcher: one safe way out to the web, with its address rules, limits, robots.txt
 * and per-host pacing.
 */
@NullMarked
package org.newsline.sources.fetch;

import org.jspecify.annotations.NullMarked;
