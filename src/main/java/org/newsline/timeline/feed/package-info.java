/**
 * The timeline as an Atom feed, a CSV file and TimelineJS JSON, each taking the
 * timeline's filter.
 */
@NullMarked
package org.newsline.timeline.feed;

import org.jspecify.annotations.NullMarked;
