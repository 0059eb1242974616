/**
 * Attributed statements, their speakers, hedging, verdicts and the claims that contradict
 * them.
 */
@ApplicationModule(displayName = "Claims", allowedDependencies = { "event", "actor", "article", "shared" })
@NullMarked
package org.newsline.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
