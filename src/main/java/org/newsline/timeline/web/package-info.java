/**
 * The reader's pages.
 */
@NullMarked
package org.newsline.timeline.web;

import org.jspecify.annotations.NullMarked;
