/**
 * The headless {@code import} command, started from the application's main method.
 */
@NamedInterface("cli")
@NullMarked
package org.newsline.ingest.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
