/**
 * The embedded PostgreSQL that runs when no external database is configured.
 */
@NullMarked
package org.newsline.infrastructure.database;

import org.jspecify.annotations.NullMarked;
