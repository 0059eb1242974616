/**
 * The import benchmark that {@code bench/import.sh} runs: CoreNLP annotation, extraction
 * and full import throughput over the seed articles.
 */
@NullMarked
package org.newsline.ingest.bench;

import org.jspecify.annotations.NullMarked;
