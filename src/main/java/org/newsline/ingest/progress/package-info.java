/**
 * What other modules may hear of imports: progress and completion, as past-tense records.
 */
@NamedInterface("progress")
@NullMarked
package org.newsline.ingest.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
