/**
 * The people, organizations, countries and groups that take part in events, with the
 * aliases they are known by.
 */
@ApplicationModule(displayName = "Actors", allowedDependencies = { "shared" })
@NullMarked
package org.newsline.actor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
