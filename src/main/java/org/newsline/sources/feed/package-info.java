/**
 * Feeds and the items found in them: reading RSS and Atom, and polling feeds on a
 * schedule that several instances can share.
 */
@NullMarked
package org.newsline.sources.feed;

import org.jspecify.annotations.NullMarked;
