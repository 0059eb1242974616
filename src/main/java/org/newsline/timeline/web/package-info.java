/**
 * The reader's pages: controllers, rate limits and the MVC configuration.
 */
@NullMarked
package org.newsline.timeline.web;

import org.jspecify.annotations.NullMarked;
