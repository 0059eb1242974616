package org.newsline.ingest.document;

/**
 * Thrown when a file cannot be read as an article; the message is the reason shown in the
 * import report.
 */
public class UnreadableDocumentException extends Exception {

	private final String fileName;

	private final Reason reason;

	UnreadableDocumentException(String fileName, Reason reason, String message) {
		super(message);
		this.fileName = fileName;
		this.reason = reason;
	}

	public static UnreadableDocumentException empty(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.EMPTY, fileName + " is empty");
	}

	public static UnreadableDocumentException binary(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.BINARY,
				fileName + " is not a text file (it looks like binary data)");
	}

	public static UnreadableDocumentException tooLarge(String fileName, long size, long maxBytes) {
		return new UnreadableDocumentException(fileName, Reason.TOO_LARGE,
				fileName + " is too large (" + size + " bytes; the limit is " + maxBytes + " bytes)");
	}

	public static UnreadableDocumentException unsupportedType(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.UNSUPPORTED_TYPE,
				fileName + " is not a supported type (only .txt, .html and .htm files are imported)");
	}

	public static UnreadableDocumentException noText(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.NO_TEXT,
				fileName + " has no article text left after removing page chrome and boilerplate");
	}

	public String fileName() {
		return this.fileName;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a file could not be read.
	 */
	public enum Reason {

		EMPTY, BINARY, TOO_LARGE, UNSUPPORTED_TYPE, NO_TEXT

	}

}
