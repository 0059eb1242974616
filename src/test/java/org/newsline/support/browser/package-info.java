/**
 * Headless Chromium for browser tests: one shared driver per JVM, screenshots and
 * axe-core checks.
 */
@NullMarked
package org.newsline.support.browser;

import org.jspecify.annotations.NullMarked;
