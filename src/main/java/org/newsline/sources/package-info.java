/**
 * Articles from the web: addresses an admin adds and outlets' RSS and Atom feeds, fetched
 * by a fetcher that only reaches public addresses (unless allowed), and imported as
 * ordinary import runs keyed by each page's canonical address.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "ingest", "shared" })
@NullMarked
package org.newsline.sources;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
