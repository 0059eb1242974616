/**
 * The read-only JSON API: events, actors, claims and articles, paged.
 */
@NullMarked
package org.newsline.timeline.api;

import org.jspecify.annotations.NullMarked;
