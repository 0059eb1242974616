/**
 * Measures extraction quality against a hand-annotated gold file of the seed articles:
 * the gold reader, the scorer and the integration test that prints the scores.
 */
@NullMarked
package org.newsline.ingest.quality;

import org.jspecify.annotations.NullMarked;
