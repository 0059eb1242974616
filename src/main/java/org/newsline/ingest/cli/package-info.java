/**
 * The headless {@code import} command.
 */
@NullMarked
package org.newsline.ingest.cli;

import org.jspecify.annotations.NullMarked;
