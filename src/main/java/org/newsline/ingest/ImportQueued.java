package org.newsline.ingest;

/**
 * An import run was queued by this instance: its worker, if it has one, looks for jobs at
 * once.
 */
record ImportQueued(long runId) {

}
