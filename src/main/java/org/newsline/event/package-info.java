/**
 * Events on the timeline: dated occurrences with their actors, tags and sources.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "article", "actor", "shared" })
@NullMarked
package org.newsline.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
