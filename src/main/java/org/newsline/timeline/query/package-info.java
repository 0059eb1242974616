/**
 * The read models' queries: SQL in text blocks run through {@code JdbcClient}, rows
 * mapped by column name into records, filters given as typed criteria.
 */
@NullMarked
package org.newsline.timeline.query;

import org.jspecify.annotations.NullMarked;
