/**
 * The reader side: the timeline, event, actor, claim and source pages, feeds, exports and
 * the JSON API.
 */
@ApplicationModule(displayName = "Timeline", allowedDependencies = { "article", "actor", "event", "claim", "shared" })
@NullMarked
package org.newsline.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
