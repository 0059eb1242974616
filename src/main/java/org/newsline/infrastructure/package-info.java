/**
 * What runs beneath the modules and none of them calls: the embedded PostgreSQL started
 * when no external database is configured, and the data version kept in step with every
 * committed write and announced to the other instances on the database.
 */
@ApplicationModule(displayName = "Infrastructure", allowedDependencies = "shared")
@NullMarked
package org.newsline.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
