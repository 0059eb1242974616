package org.newsline.ingest.document;

import java.util.Locale;

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

	/** A file whose first bytes name a binary format, such as "a PNG image". */
	public static UnreadableDocumentException binary(String fileName, String kind) {
		return new UnreadableDocumentException(fileName, Reason.BINARY, fileName + " is " + kind + ", not an article");
	}

	/**
	 * Compressed data or an archive: refused without being unpacked, whatever the name
	 * says.
	 */
	public static UnreadableDocumentException compressed(String fileName, String format) {
		return new UnreadableDocumentException(fileName, Reason.COMPRESSED,
				fileName + " is a compressed file (" + format + "), not an article; compressed files are not unpacked");
	}

	public static UnreadableDocumentException tooLarge(String fileName, long size, long maxBytes) {
		return new UnreadableDocumentException(fileName, Reason.TOO_LARGE,
				fileName + " is too large (" + bytes(size) + "; the limit is " + bytes(maxBytes) + ")");
	}

	public static UnreadableDocumentException unsupportedType(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.UNSUPPORTED_TYPE,
				fileName + " is not a supported type (only .txt, .html and .htm files are imported)");
	}

	public static UnreadableDocumentException noText(String fileName) {
		return new UnreadableDocumentException(fileName, Reason.NO_TEXT,
				fileName + " has no article text left after removing page chrome and boilerplate");
	}

	/** A byte count as people read it: "52,428,800 bytes (50 MB)". */
	static String bytes(long count) {
		String exact = String.format(Locale.ROOT, "%,d bytes", count);
		if (count < 1024 * 1024) {
			return exact;
		}
		double megabytes = count / (1024.0 * 1024.0);
		String rounded = (megabytes == Math.rint(megabytes)) ? String.format(Locale.ROOT, "%.0f", megabytes)
				: String.format(Locale.ROOT, "%.1f", megabytes);
		return exact + " (" + rounded + " MB)";
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

		EMPTY, BINARY, COMPRESSED, TOO_LARGE, UNSUPPORTED_TYPE, NO_TEXT

	}

}
