package org.newsline.ingest;

/**
 * Where an import run stands.
 */
public enum ImportStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED

}
