package org.newsline.ingest;

/**
 * What an import run did with one file.
 */
public enum FileOutcome {

	CREATED, UPDATED, UNCHANGED, FAILED

}
