package org.newsline.ingest;

/**
 * Another import holds the import lock, here or in another instance on the same database.
 */
public class ImportAlreadyRunningException extends RuntimeException {

	public ImportAlreadyRunningException() {
		super("Another import is running; try again when it has finished");
	}

}
