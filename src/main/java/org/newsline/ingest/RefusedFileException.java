package org.newsline.ingest;

import java.io.IOException;

/**
 * Thrown when a file is not read at all, such as a link out of the imported folder or a
 * pipe; the message is the reason shown in the import report.
 */
class RefusedFileException extends IOException {

	RefusedFileException(String message) {
		super(message);
	}

}
