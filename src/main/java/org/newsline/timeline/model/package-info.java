/**
 * What the reader's pages, feeds and the JSON API show: the timeline filter and the read
 * models the queries fill, with no SQL and no entities.
 */
@NullMarked
package org.newsline.timeline.model;

import org.jspecify.annotations.NullMarked;
