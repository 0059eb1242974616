/**
 * {@code import URL...} and {@code import --feed URL} on the command line.
 */
@NullMarked
package org.newsline.sources.cli;

import org.jspecify.annotations.NullMarked;
