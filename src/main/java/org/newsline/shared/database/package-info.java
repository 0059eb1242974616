/**
 * The embedded PostgreSQL that runs when no external database is configured.
 */
@NullMarked
package org.newsline.shared.database;

import org.jspecify.annotations.NullMarked;
