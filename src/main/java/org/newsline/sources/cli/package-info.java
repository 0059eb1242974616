/**
 * {@code import URL...} and {@code import --feed URL} on the command line, started from
 * the application's main method.
 */
@NamedInterface("cli")
@NullMarked
package org.newsline.sources.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
