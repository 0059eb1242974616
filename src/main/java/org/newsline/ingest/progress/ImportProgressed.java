package org.newsline.ingest.progress;

/**
 * An import run has handled another file: {@code done} of {@code total}. Published after
 * each file and once more, with {@code finished} set, at the end of the run.
 */
public record ImportProgressed(long runId, int done, int total, boolean finished) {

}
