/**
 * The editor desk's use cases: the review queue, editing and publishing events, attaching
 * sources, judging claims, merging duplicate events and actors, and revision history.
 */
@ApplicationModule(displayName = "Curation",
		allowedDependencies = { "article", "actor", "event", "claim", "shared", "shared :: audit" })
@NullMarked
package org.newsline.curation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
