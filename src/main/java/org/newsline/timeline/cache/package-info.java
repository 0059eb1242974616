/**
 * What spares the database on repeated reads: rendered pages and the sums of a filter,
 * each kept until the data changes.
 */
@NullMarked
package org.newsline.timeline.cache;

import org.jspecify.annotations.NullMarked;
